package fi.kanslia.notification;

import static fi.kanslia.demo.DemoPopulation.GUARDIAN;
import static fi.kanslia.demo.DemoPopulation.MUNICIPALITY;
import static fi.kanslia.demo.DemoPopulation.OFFICIAL;
import static fi.kanslia.demo.DemoPopulation.OTHER_OFFICIAL;
import static fi.kanslia.demo.DemoPopulation.PASSWORD;
import static fi.kanslia.testsupport.KansliaIT.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.IdentityRegistry.NewAccount;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.notification.LetterReceipts.ReceiptImport;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.WebSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A decision type configured as evidential goes by letter against proof of receipt (HL 60 §): the
 * batch says so, no period runs until the proof is recorded, the postal service's receipt file or
 * an official of the deciding unit records it, and a letter returned undelivered is followed by a
 * substitute notification (HL 61 §).
 */
@ExtendWith(OutputCaptureExtension.class)
class EvidentialLetterIT extends MessagesInstallation {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired LetterBatches letterBatches;
  @Autowired LetterReceipts receipts;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aLetterAgainstProofOfReceiptHasNoDeadlineUntilItsReceiptIsImportedOnce() throws IOException {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    String username = "huoltaja-" + UUID.randomUUID().toString().substring(0, 8);
    Person guardian = guardianOf(caseFile, username);
    Notice notice = evidentialLetter(caseFile, guardian);
    assertThat(notice.awaitingReceipt()).isTrue();

    PostedLetter letter = posted(notice);
    assertThat(letter.kind()).isEqualTo(PostedLetter.Kind.PROOF_OF_RECEIPT);
    assertThat(BatchFiles.entry(letter).get("kind").asText())
        .as("the printing service sends it registered, with a proof of receipt")
        .isEqualTo("PROOF_OF_RECEIPT");
    assertThat(BatchFiles.cover(letter))
        .contains("SAANTITODISTUKSELLA / MOT MOTTAGNINGSBEVIS", letter.reference());
    assertThat(current(notice).awaitingReceipt()).as("sending starts no period").isTrue();

    WebSession session = WebSession.loggedIn(port, username, PASSWORD);
    String casePath = "/guardian/cases/" + caseFile.id();
    var page = session.get(casePath).document();
    assertThat(page.select(".deadline").eachAttr("data-awaiting-receipt")).containsExactly("true");
    assertThat(page.selectFirst(".deadline").text()).contains("odotetaan");
    assertThat(page.selectFirst("#rectification-form")).as("no period has started").isNull();
    assertThat(session.get(casePath + "?lang=sv").document().selectFirst(".deadline").text())
        .contains("mottagningsbeviset väntas");
    assertThat(session.get(casePath + "?lang=en").document().selectFirst(".deadline").text())
        .contains("proof of receipt is awaited");
    session.get(casePath + "?lang=fi");
    assertThat(session.get("/guardian").document().select("#inbox-heading + ul li").eachText())
        .as("the guardian's messages").anyMatch(t -> t.endsWith("odottaa saantitodistusta."));
    assertThat(decidedRow(caseFile).selectFirst(".deadline").text())
        .isEqualTo("Odottaa saantitodistusta");

    LocalDate receivedOn = letter.sentOn();
    String receipt = receiptFile(receipt(letter.reference(), receivedOn, "ADDRESSEE"));
    Files.writeString(RECEIPT_INBOX.resolve("receipts-1.json"), receipt);
    assertThat(receipts.importInbox()).isEqualTo(new ReceiptImport(1, 1, 0, 0));

    assertThat(current(notice).deemedNotifiedOn()).as("the day on the proof of receipt")
        .isEqualTo(receivedOn);
    assertThat(kinds(notice)).containsExactly("SENT", "SIGNED_FOR");
    page = session.get(casePath).document();
    assertThat(page.selectFirst(".deadline").attr("data-awaiting-receipt")).isEqualTo("false");
    assertThat(page.selectFirst(".deadline").text()).contains(DAY.format(receivedOn),
        DAY.format(decisions.remedyDeadline(Decisions.SCHOOL_PLACE, receivedOn)));
    assertThat(page.selectFirst("#rectification-form")).as("the period runs").isNotNull();
    assertThat(session.get("/guardian").document().select("#inbox-heading + ul li").eachText())
        .anyMatch(t -> t.endsWith("tiedoksisaantipäivä " + DAY.format(receivedOn) + "."));
    assertThat(decidedRow(caseFile).selectFirst(".deadline").text())
        .matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    assertThat(RECEIPT_INBOX.resolve("processed/receipts-1.json")).hasContent(receipt);

    Files.writeString(RECEIPT_INBOX.resolve("receipts-1.json"), receipt);
    assertThat(receipts.importInbox()).as("the same receipt again")
        .isEqualTo(new ReceiptImport(1, 0, 1, 0));
    assertThat(jdbc.sql("select count(*) from letter_receipt where notification_id = ?")
        .param(notice.id()).query(Integer.class).single()).isEqualTo(1);
    assertThat(kinds(notice)).containsExactly("SENT", "SIGNED_FOR");
    assertThat(current(notice).deemedNotifiedOn()).isEqualTo(receivedOn);
    assertThat(RECEIPT_INBOX.resolve("rejected/receipts-1.json")).doesNotExist();
  }

  @Test
  void anUnknownReferenceIsReportedAndKeptInARejectedFile(CapturedOutput output) throws IOException {
    String unknown = "KASV/999/2026 deadbeef";
    Files.writeString(RECEIPT_INBOX.resolve("receipts-unknown.json"), receiptFile(
        receipt(unknown, LocalDate.of(2026, 3, 5), "ADDRESSEE") + ",\n"
            + "{ \"reference\" : \"KASV/998/2026 00000000\", \"receivedOn\" : \"eilen\","
            + " \"receivedBy\" : \"ADDRESSEE\" }"));

    assertThat(receipts.importInbox()).isEqualTo(new ReceiptImport(1, 0, 0, 2));

    JsonNode rejected = new ObjectMapper().readTree(
        RECEIPT_INBOX.resolve("rejected/receipts-unknown.json").toFile());
    assertThat(rejected.at("/receipts/0/reference").asText()).isEqualTo(unknown);
    assertThat(rejected.at("/receipts/0/reason").asText()).isEqualTo("UNKNOWN_REFERENCE");
    assertThat(rejected.at("/receipts/1/reason").asText()).isEqualTo("INVALID_DATE");
    assertThat(RECEIPT_INBOX.resolve("processed/receipts-unknown.json")).exists();
    assertThat(RECEIPT_INBOX.resolve("receipts-unknown.json")).doesNotExist();
    assertThat(output.getOut()).contains("WARN", "receipts-unknown.json", "UNKNOWN_REFERENCE",
        unknown);
  }

  @Test
  void aLetterReturnedUndeliveredIsFollowedByASubstituteNotification() throws IOException {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    Notice notice = evidentialLetter(caseFile, newPerson("Veikko"));
    PostedLetter letter = posted(notice);

    Files.writeString(RECEIPT_INBOX.resolve("receipts-returned.json"),
        receiptFile(receipt(letter.reference(), letter.sentOn(), "RETURNED")));
    assertThat(receipts.importInbox().recorded()).isEqualTo(1);
    assertThat(kinds(notice)).containsExactly("SENT", "RETURNED");
    assertThat(current(notice).awaitingReceipt()).as("a returned letter notifies no one").isTrue();

    letterBatches.sendPending(MUNICIPALITY);
    eventually(LIMIT, "the substitute notification is in a batch",
        () -> letterBatches.substituteOf(notice.id()).isPresent());
    PostedLetter substitute = letterBatches.substituteOf(notice.id()).orElseThrow();
    LocalDate notifiedOn = substitute.sentOn().plusDays(3);
    assertThat(substitute.kind()).isEqualTo(PostedLetter.Kind.SUBSTITUTE);
    assertThat(BatchFiles.entry(substitute).get("kind").asText()).isEqualTo("SUBSTITUTE");
    assertThat(BatchFiles.cover(substitute)).contains("KORVAAVA TIEDOKSIANTO / ERSÄTTANDE DELGIVNING",
        "61 §", DAY.format(notifiedOn));
    assertThat(current(notice).deemedNotifiedOn()).as("the 3rd day after sending (HL 61 §)")
        .isEqualTo(notifiedOn);
    assertThat(kinds(notice)).containsExactly("SENT", "RETURNED", "SUBSTITUTE_SENT");

    Element row = WebSession.loggedIn(port, OTHER_OFFICIAL, PASSWORD).get("/official/receipts")
        .document().selectFirst("tr[data-reference=\"" + letter.reference() + "\"]");
    assertThat(row).as("the official sees the return").isNotNull();
    assertThat(row.attr("data-state")).isEqualTo("RETURNED");
    assertThat(row.selectFirst(".substitute").text()).contains(DAY.format(substitute.sentOn()));
    assertThat(row.selectFirst(".notified").text()).contains(DAY.format(notifiedOn));
  }

  @Test
  void onlyAnOfficialOfTheDecidingUnitRecordsAProofOfReceiptByHand() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED); // decided at Lehtolaakson koulu
    Notice notice = evidentialLetter(caseFile, newPerson("Hilkka"));
    PostedLetter letter = posted(notice);
    Map<String, String> card = Map.of("reference", letter.reference(),
        "receivedOn", letter.sentOn().toString(), "receivedBy", "REPRESENTATIVE");

    WebSession otherUnit = WebSession.loggedIn(port, OFFICIAL, PASSWORD);
    assertThat(otherUnit.get("/official/receipts").document()
        .select("tr[data-reference=\"" + letter.reference() + "\"]")).isEmpty();
    WebSession.Page refused = otherUnit.submit("/official/receipts", "/official/receipts", card);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().selectFirst("#receipt-error").attr("data-field"))
        .isEqualTo("reference");
    assertThat(current(notice).awaitingReceipt()).isTrue();
    assertThat(kinds(notice)).doesNotContain("SIGNED_FOR");
    assertThat(WebSession.loggedIn(port, GUARDIAN, PASSWORD).get("/official/receipts").status())
        .isEqualTo(403);

    WebSession decidingUnit = WebSession.loggedIn(port, OTHER_OFFICIAL, PASSWORD);
    WebSession.Page noDate = decidingUnit.submit("/official/receipts", "/official/receipts",
        Map.of("reference", letter.reference(), "receivedOn", "", "receivedBy", "REPRESENTATIVE"));
    assertThat(noDate.status()).isEqualTo(422);
    assertThat(noDate.document().selectFirst("#receipt-error").attr("data-field"))
        .isEqualTo("receivedOn");
    assertThat(noDate.document().selectFirst("#reference").val()).isEqualTo(letter.reference());
    WebSession.Page recorded = decidingUnit.submit("/official/receipts", "/official/receipts",
        card);
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.document().selectFirst("#receipt-recorded")).isNotNull();
    assertThat(current(notice).deemedNotifiedOn()).isEqualTo(letter.sentOn());
    assertThat(kinds(notice)).containsExactly("SENT", "SIGNED_FOR");
    assertThat(recorded.document().selectFirst("tr[data-reference=\"" + letter.reference() + "\"]")
        .attr("data-state")).isEqualTo("REPRESENTATIVE");
  }

  /** A notice of an evidential type (SUPPORT in this installation) to a party without consent. */
  private Notice evidentialLetter(CaseFile caseFile, Person recipient) {
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    return notifications.send(new NoticeRequest(MUNICIPALITY, decisionId, caseFile.caseNumber(),
        recipient.id(), Channel.LETTER, null, "fi", Decisions.SUPPORT, null,
        decisions.signedDocument(caseFile.id()).orElseThrow()));
  }

  private PostedLetter posted(Notice notice) {
    letterBatches.sendPending(MUNICIPALITY);
    eventually(LIMIT, "the letter is in a written batch",
        () -> letterBatches.letterOf(notice.id()).isPresent());
    return letterBatches.letterOf(notice.id()).orElseThrow();
  }

  /** A new guardian of the case's child, with a login. */
  private Person guardianOf(CaseFile caseFile, String username) {
    Person guardian = newPerson("Rauha");
    identities.addGuardianship(MUNICIPALITY, guardian.id(), caseFile.childId());
    identities.addAccount(new NewAccount(MUNICIPALITY, username, PASSWORD, "Rauha Testinen",
        Role.GUARDIAN, guardian.id(), null, null, null, null, "fi"));
    return guardian;
  }

  /** The case's row among the decided cases on the deciding official's desk. */
  private Element decidedRow(CaseFile caseFile) {
    Element row = WebSession.loggedIn(port, OTHER_OFFICIAL, PASSWORD).get("/official").document()
        .selectFirst("table.decided tr[data-case=" + caseFile.caseNumber() + "]");
    assertThat(row).as("the decided case on the official's desk").isNotNull();
    return row;
  }

  private static String receipt(String reference, LocalDate receivedOn, String receivedBy) {
    return "{ \"reference\" : \"" + reference + "\", \"receivedOn\" : \"" + receivedOn
        + "\", \"receivedBy\" : \"" + receivedBy + "\" }";
  }

  private static String receiptFile(String entries) {
    return "{ \"format\" : \"kanslia-letter-receipts/1\", \"receipts\" : [\n" + entries + "\n] }\n";
  }
}
