package fi.kanslia.notification;

import static fi.kanslia.demo.DemoPopulation.MUNICIPALITY;
import static fi.kanslia.notification.BatchFiles.entry;
import static fi.kanslia.notification.BatchFiles.manifest;
import static fi.kanslia.notification.BatchFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Letters leave in batches for the printing service: each letter once, its cover with the address
 * for the envelope window, the signed decision unchanged beside it, and a protected address
 * (turvakielto) on its cover only.
 */
class LetterBatchIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired Notifications notifications;
  @Autowired LetterBatches letterBatches;
  @Autowired People people;
  @Autowired IdentityRegistry identities;

  @Test
  void lettersLandInABatchOnceWithTheAddressOnTheCoverAndAProtectedAddressNowhereElse()
      throws IOException {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    byte[] signed = decisions.signedDocument(caseFile.id()).orElseThrow();
    Person hidden = protectedPerson();
    Notice hiddenNotice = notifications.send(new NoticeRequest(MUNICIPALITY, decisionId,
        caseFile.caseNumber(), hidden.id(), Channel.LETTER, null, "fi", Decisions.SCHOOL_PLACE,
        null, signed));
    List<Notice> notices = notifications.forDecision(decisionId);
    assertThat(notices).hasSize(3).extracting(Notice::channel).containsOnly(Channel.LETTER);
    assertThat(notifications.events(hiddenNotice.id())).as("not sent before its batch").isEmpty();

    letterBatches.sendPending(MUNICIPALITY);
    eventually(Duration.ofSeconds(10), "every letter is in a written batch", () -> notices.stream()
        .allMatch(n -> letterBatches.letterOf(n.id()).isPresent()));

    for (Notice notice : notices) {
      PostedLetter letter = letterBatches.letterOf(notice.id()).orElseThrow();
      JsonNode manifest = manifest(letter.batchDirectory());
      JsonNode entry = entry(manifest, letter.reference());
      assertThat(Files.readAllBytes(letter.batchDirectory().resolve(entry.at("/files/1").asText())))
          .as("the decision beside the cover, byte for byte as signed").isEqualTo(signed);
      Person recipient = people.find(MUNICIPALITY, notice.recipientId()).orElseThrow();
      String cover = text(letter.batchDirectory().resolve(entry.at("/files/0").asText()));
      assertThat(cover).contains(recipient.fullName(), recipient.streetAddress(),
          recipient.postalCode() + " " + recipient.postOffice(), letter.reference());
      assertThat(entry.get("addressProtected").asBoolean()).isEqualTo(recipient.addressProtected());
      assertThat(entry.get("kind").asText()).as("SCHOOL_PLACE is not evidential").isEqualTo("ORDINARY");
      assertThat(notifications.events(notice.id())).extracting(DeliveryEvent::kind)
          .containsExactly(DeliveryEvent.Kind.SENT);
      assertThat(notifications.forDecision(decisionId)).filteredOn(n -> n.id().equals(notice.id()))
          .singleElement().extracting(Notice::deemedNotifiedOn)
          .as("an ordinary letter counts as received on the 7th day after sending")
          .isEqualTo(letter.sentOn().plusDays(7));
    }

    PostedLetter hiddenLetter = letterBatches.letterOf(hiddenNotice.id()).orElseThrow();
    JsonNode hiddenEntry = entry(manifest(hiddenLetter.batchDirectory()), hiddenLetter.reference());
    assertThat(hiddenEntry.has("zipCode")).as("no address data of a protected letter").isFalse();
    try (var files = Files.list(hiddenLetter.batchDirectory())) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().equals(hiddenEntry.at("/files/0").asText())) {
          continue;
        }
        String content = file.toString().endsWith(".pdf") ? text(file) : Files.readString(file);
        assertThat(content).as(file.getFileName() + " holds no part of the protected address")
            .doesNotContain(hidden.streetAddress(), hidden.fullName());
      }
    }

    Map<UUID, String> batches = notices.stream().collect(Collectors.toMap(Notice::id,
        n -> letterBatches.letterOf(n.id()).orElseThrow().batchId()));
    var again = letterBatches.sendPending(MUNICIPALITY);
    assertThat(again.map(SentLetterBatch::noticeIds).orElse(List.of()))
        .as("a letter already sent is never in a second batch")
        .doesNotContainAnyElementsOf(batches.keySet());
    assertThat(notices.stream().collect(Collectors.toMap(Notice::id,
        n -> letterBatches.letterOf(n.id()).orElseThrow().batchId()))).isEqualTo(batches);
  }

  /** A person with turvakielto: the address may appear only in the envelope window. */
  private Person protectedPerson() {
    LocalDate born = LocalDate.of(1985, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    Person person = new Person(UUID.randomUUID(), MUNICIPALITY,
        IdentityCode.of(born, ThreadLocalRandom.current().nextInt(900, 999)), "Salla", "Suojattu",
        born, "fi", "Piilokuja 7 B 12", "00990", "HELSINKI", true);
    identities.addPerson(person);
    return person;
  }
}
