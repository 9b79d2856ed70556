package fi.kanslia.notification;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each notice keeps its evidence (sent when its letter leaves in a batch, and read when the
 * recipient first opens the decision), and the official sees when the parties' rectification
 * period ends.
 */
class DeliveryEvidenceIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired Notifications notifications;
  @Autowired LetterBatches letterBatches;

  @Test
  void openingTheDecisionIsRecordedOnceAsReadForThatGuardianOnly() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession maija = as(GUARDIAN);
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    assertThat(notifications.forDecision(decisionId)).extracting(Notice::channel)
        .containsOnly(Channel.LETTER);
    letterBatches.sendPending(MUNICIPALITY);
    eventually(Duration.ofSeconds(10), "both letters are in a written batch", () -> notifications
        .forDecision(decisionId).stream().allMatch(n -> letterBatches.letterOf(n.id()).isPresent()));
    assertThat(maija.get(casePath).document().select(".delivery li").eachAttr("data-event"))
        .containsExactly("SENT");

    assertThat(maija.download(casePath + "/decision.pdf").status()).isEqualTo(200);
    assertThat(maija.download(casePath + "/decision.pdf").status()).isEqualTo(200);

    assertThat(maija.get(casePath).document().select(".delivery li").eachAttr("data-event"))
        .containsExactly("SENT", "READ");
    var notices = notifications.forDecision(decisions.forCase(caseFile.id()).orElseThrow().id());
    assertThat(notices).hasSize(2);
    assertThat(notices).extracting(n -> notifications.events(n.id()).stream()
            .map(e -> e.kind().name()).toList())
        .containsExactlyInAnyOrder(java.util.List.of("SENT", "READ"), java.util.List.of("SENT"));

    var official = as(OTHER_OFFICIAL).get("/official").document();
    var row = official.selectFirst("table.decided tr[data-case=" + caseFile.caseNumber() + "]");
    assertThat(row).as("the decided case on the official's desk").isNotNull();
    LocalDate deemed = notices.stream().map(Notice::deemedNotifiedOn).max(LocalDate::compareTo)
        .orElseThrow();
    assertThat(row.selectFirst(".deadline").text()).isEqualTo(
        DateTimeFormatter.ofPattern("d.M.yyyy").format(decisions.remedyDeadline(Decisions.SCHOOL_PLACE, deemed)));
  }
}
