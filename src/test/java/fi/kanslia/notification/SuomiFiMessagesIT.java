package fi.kanslia.notification;

import static fi.kanslia.demo.DemoPopulation.GUARDIAN;
import static fi.kanslia.demo.DemoPopulation.MUNICIPALITY;
import static fi.kanslia.demo.DemoPopulation.PASSWORD;
import static fi.kanslia.testsupport.KansliaIT.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.messages.MessagesApiServer;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.WebSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Electronic notices through Suomi.fi Messages (the adapter's stand-in of the API): the signed
 * decision arrives, the API's events become evidence, an outage is retried, and an evidential
 * notice counts from retrieval or falls back to a letter against proof of receipt.
 */
class SuomiFiMessagesIT extends MessagesInstallation {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired LetterBatches letterBatches;
  @Autowired Accounts accounts;
  @Autowired People people;

  @Test
  void theElectronicNoticeArrivesWithTheSignedDecisionAndItsEventsBecomeEvidence() {
    Person maija = person(GUARDIAN);
    STAND_IN.activeMailbox(maija.identityCode().value());
    CaseFile caseFile = decidedCases.archivedWithEmail("maija+" + UUID.randomUUID() + "@example.invalid");
    Notice notice = electronicNotice(caseFile);

    MessagesApiServer.Message message = messageOf(notice);
    JsonNode body = message.body();
    assertThat(body.at("/recipient/id").asText()).isEqualTo(maija.identityCode().value());
    assertThat(body.at("/electronic/title").asText()).contains(caseFile.caseNumber());
    assertThat(body.at("/electronic/messageServiceType").asText()).isEqualTo("Normal");
    MessagesApiServer.Attachment attachment =
        STAND_IN.attachment(body.at("/electronic/attachments/0/attachmentId").asText());
    assertThat(attachment.contentType()).isEqualTo("application/pdf");
    assertThat(attachment.content()).as("the decision as signed and archived")
        .isEqualTo(decisions.signedDocument(caseFile.id()).orElseThrow());
    assertThat(body.at("/paperMail/recipient/address/streetAddress").asText())
        .as("the paper fallback carries the address").isEqualTo(maija.streetAddress());

    eventually(LIMIT, "the mailbox event is evidence", () -> kinds(notice).contains("DELIVERED"));
    STAND_IN.read(message.messageId());
    eventually(LIMIT, "the reading is evidence", () -> kinds(notice).contains("READ"));

    String casePath = "/guardian/cases/" + caseFile.id();
    assertThat(WebSession.loggedIn(port, GUARDIAN, PASSWORD).get(casePath).document()
        .select(".delivery li").eachAttr("data-event"))
        .as("the guardian sees the evidence on the case page")
        .contains("SENT", "DELIVERED", "READ");
    LocalDate sentOn = sent(notice).atZone(ZoneId.of("Europe/Helsinki")).toLocalDate();
    assertThat(current(notice).deemedNotifiedOn())
        .as("an electronic notice counts as received on the 3rd day after sending")
        .isEqualTo(sentOn.plusDays(3));
  }

  @Test
  void anOutageOfTheServiceIsRetriedAndTheNoticeIsSentOnce() {
    STAND_IN.activeMailbox(person(GUARDIAN).identityCode().value());
    int failedBefore = STAND_IN.failedSends();
    STAND_IN.failSends(3, 503);
    CaseFile caseFile = decidedCases.archivedWithEmail("maija+" + UUID.randomUUID() + "@example.invalid");
    Notice notice = electronicNotice(caseFile);

    messageOf(notice);
    assertThat(STAND_IN.failedSends() - failedBefore).as("three sends met the outage").isEqualTo(3);
    assertThat(STAND_IN.messages()).filteredOn(m -> m.body().path("externalId").asText()
        .equals(notice.id().toString())).hasSize(1);
    eventually(LIMIT, "the mailbox event is evidence", () -> kinds(notice).contains("DELIVERED"));
    assertThat(kinds(notice)).as("sent once, never as a letter").containsOnlyOnce("SENT")
        .doesNotContain("LETTER_FALLBACK", "PAPER_SENT");
  }

  @Test
  void anEvidentialNoticeCountsFromRetrievalAndOneNotRetrievedInTimeGoesAgainstProofOfReceipt() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    byte[] signed = decisions.signedDocument(caseFile.id()).orElseThrow();
    Person retrieving = newPerson("Reija");
    Person away = newPerson("Pekka");
    STAND_IN.activeMailbox(retrieving.identityCode().value());
    STAND_IN.activeMailbox(away.identityCode().value());
    // SUPPORT is configured evidential in this installation
    Notice retrieved = notifications.send(new NoticeRequest(MUNICIPALITY, decisionId,
        caseFile.caseNumber(), retrieving.id(), Channel.ELECTRONIC, null, "fi", Decisions.SUPPORT,
        null, signed));
    Notice unretrieved = notifications.send(new NoticeRequest(MUNICIPALITY, decisionId,
        caseFile.caseNumber(), away.id(), Channel.ELECTRONIC, null, "fi", Decisions.SUPPORT, null,
        signed));

    MessagesApiServer.Message message = messageOf(retrieved);
    assertThat(message.body().at("/electronic/messageServiceType").asText()).isEqualTo("Verifiable");
    assertThat(messageOf(unretrieved).body().at("/electronic/messageServiceType").asText())
        .isEqualTo("Verifiable");
    assertThat(current(retrieved).awaitingReceipt())
        .as("no day of notification, and so no deadline, before retrieval").isTrue();
    STAND_IN.confirmReceipt(message.messageId());
    eventually(LIMIT, "the receipt is evidence", () -> kinds(retrieved).contains("RECEIVED"));
    LocalDate retrievalDay = notifications.events(retrieved.id()).stream()
        .filter(e -> e.kind() == DeliveryEvent.Kind.RECEIVED).findFirst().orElseThrow()
        .occurredAt().atZone(ZoneId.of("Europe/Helsinki")).toLocalDate();
    assertThat(current(retrieved).deemedNotifiedOn())
        .as("evidential notification is complete on retrieval").isEqualTo(retrievalDay);

    eventually(LIMIT, "the unretrieved notice falls back to a letter",
        () -> kinds(unretrieved).contains("LETTER_FALLBACK"));
    letterBatches.sendPending(MUNICIPALITY);
    eventually(LIMIT, "the fallback letter is in a batch",
        () -> letterBatches.letterOf(unretrieved.id()).isPresent());
    PostedLetter letter = letterBatches.letterOf(unretrieved.id()).orElseThrow();
    assertThat(kinds(unretrieved)).contains("SENT", "LETTER_FALLBACK", "PAPER_SENT");
    assertThat(letter.kind()).as("the evidential notice's letter goes against proof of receipt")
        .isEqualTo(PostedLetter.Kind.PROOF_OF_RECEIPT);
    assertThat(current(unretrieved).deemedNotifiedOn())
        .as("notified on the day on the proof of receipt, not on the 7th day after sending")
        .isNull();
    assertThat(kinds(retrieved)).doesNotContain("LETTER_FALLBACK");
    assertThat(letterBatches.letterOf(retrieved.id())).isEmpty();
  }

  private Notice electronicNotice(CaseFile caseFile) {
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    return notifications.forDecision(decisionId).stream()
        .filter(n -> n.channel() == Channel.ELECTRONIC).findFirst().orElseThrow();
  }

  private MessagesApiServer.Message messageOf(Notice notice) {
    eventually(LIMIT, "the stand-in has the message of notice " + notice.id(),
        () -> find(notice).isPresent());
    return find(notice).orElseThrow();
  }

  private static Optional<MessagesApiServer.Message> find(Notice notice) {
    return STAND_IN.messages().stream()
        .filter(m -> m.body().path("externalId").asText().equals(notice.id().toString())).findFirst();
  }

  private java.time.Instant sent(Notice notice) {
    return notifications.events(notice.id()).stream()
        .filter(e -> e.kind() == DeliveryEvent.Kind.SENT).findFirst().orElseThrow().occurredAt();
  }

  private Person person(String username) {
    return people.find(MUNICIPALITY, accounts.byUsername(username).orElseThrow().personId())
        .orElseThrow();
  }
}
