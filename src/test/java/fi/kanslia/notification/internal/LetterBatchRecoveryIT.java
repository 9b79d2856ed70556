package fi.kanslia.notification.internal;

import static fi.kanslia.demo.DemoPopulation.MUNICIPALITY;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.notification.DeliveryEvent;
import fi.kanslia.notification.LetterBatches;
import fi.kanslia.notification.Notice;
import fi.kanslia.notification.Notifications;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A crash between claiming a batch and marking it written sends no letter twice: the next run
 * finishes the same batch, and a batch directory that was already complete is not written again.
 */
class LetterBatchRecoveryIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired Notifications notifications;
  @Autowired LetterBatches letterBatches;
  @Autowired LetterBatchJob job;
  @Autowired JdbcClient jdbc;

  @Test
  void aBatchClaimedBeforeACrashIsWrittenOnceUnderItsOwnId() {
    List<Notice> notices = lettersOfANewDecision();
    String claimed = job.claim(MUNICIPALITY).orElseThrow();
    // the crash: nothing written, nothing marked

    letterBatches.sendPending(MUNICIPALITY);

    for (Notice notice : notices) {
      assertThat(letterBatches.letterOf(notice.id()).orElseThrow().batchId()).isEqualTo(claimed);
      assertThat(notifications.events(notice.id())).extracting(DeliveryEvent::kind)
          .containsExactly(DeliveryEvent.Kind.SENT);
    }
    assertThat(batchDirectory(claimed).resolve("manifest.json")).exists();
  }

  @Test
  void aBatchWrittenBeforeACrashIsMarkedSentAndNotWrittenAgain() throws IOException {
    List<Notice> notices = lettersOfANewDecision();
    String claimed = job.claim(MUNICIPALITY).orElseThrow();
    Path written = Files.createDirectories(batchDirectory(claimed));
    Files.writeString(written.resolve("manifest.json"), "as the printing service may have taken it");
    // the crash: the directory is complete, the database does not know it yet

    letterBatches.sendPending(MUNICIPALITY);

    assertThat(written.resolve("manifest.json")).hasContent("as the printing service may have taken it");
    for (Notice notice : notices) {
      assertThat(letterBatches.letterOf(notice.id()).orElseThrow().batchId()).isEqualTo(claimed);
      assertThat(notifications.events(notice.id())).extracting(DeliveryEvent::kind)
          .containsExactly(DeliveryEvent.Kind.SENT);
    }
  }

  private List<Notice> lettersOfANewDecision() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    return notifications.forDecision(decisionId);
  }

  private Path batchDirectory(String batchId) {
    return Path.of(jdbc.sql("select directory from letter_batch where id = ?").param(batchId)
        .query(String.class).single()).resolve(batchId);
  }
}
