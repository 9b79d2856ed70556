package fi.kanslia.archive.internal;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.archiveadapter.ArchivedRecordSummary;
import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.SignatureCheck;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After the grace period an archived decision's signature becomes PAdES-BASELINE-LTA: the archive
 * keeps it as the record's next version with a renewed validation report, the guardian downloads
 * the same file, and a later check that finds nothing to renew files nothing.
 */
class LongTermSignatureIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired DecisionSignatures signatures;
  @Autowired RecordArchive archive;
  @Autowired LongTermSignatures longTerm;
  @Autowired AuditLog audit;
  @Autowired java.time.Clock clock;

  @Test
  void anArchivedSignatureIsExtendedToLtaAndFiledAsTheRecordsNextVersion() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    DecisionSummary before = decisions.forCase(caseFile.id()).orElseThrow();
    byte[] original = archive.fetch(before.archiveObjectId()).orElseThrow().content();
    byte[] originalEvidence = evidence(caseFile);
    assertThat(signatures.verify(original).level()).isEqualTo("PAdES-BASELINE-T");

    assertThat(dueAt(Duration.ZERO)).as("not due within the grace period")
        .doesNotContain(caseFile.id());
    assertThat(dueAt(Duration.ofDays(2))).contains(caseFile.id());
    longTerm.extend(before);

    DecisionSummary after = decisions.forCase(caseFile.id()).orElseThrow();
    assertThat(after.archiveObjectId()).isNotEqualTo(before.archiveObjectId());
    byte[] extended = archive.fetch(after.archiveObjectId()).orElseThrow().content();
    SignatureCheck check = signatures.verify(extended);
    assertThat(check.valid()).as("%s", check.messages()).isTrue();
    assertThat(check.level()).isEqualTo("PAdES-BASELINE-LTA");
    assertThat(check.modifiedAfterSigning()).isFalse();
    assertThat(check.signingTime()).isEqualTo(signatures.verify(original).signingTime());
    assertThat(archive.fetch(before.archiveObjectId()).orElseThrow().content())
        .as("the filed version stays as it was").isEqualTo(original);
    assertThat(evidence(caseFile)).isNotEqualTo(originalEvidence);

    WebSession guardian = as(GUARDIAN);
    assertThat(guardian.download("/guardian/cases/" + caseFile.id() + "/decision.pdf").body())
        .isEqualTo(extended);
    assertThat(as(ARCHIVIST).get("/archive/records/" + after.archiveObjectId())
        .text("#signature-level").replace('_', '-')).isEqualTo("PAdES-BASELINE-LTA");
    assertThat(audit.about("archived-record", after.archiveObjectId()))
        .anySatisfy(e -> assertThat(e.actor()).isEqualTo(LongTermSignatures.ACTOR));

    assertThat(dueAt(Duration.ofDays(3))).as("checked: not due again before the recheck")
        .doesNotContain(caseFile.id());
    assertThat(dueAt(Duration.ofDays(40))).contains(caseFile.id());
    longTerm.extend(decisions.forCase(caseFile.id()).orElseThrow());
    assertThat(decisions.forCase(caseFile.id()).orElseThrow().archiveObjectId())
        .as("a recheck with nothing to renew files no version").isEqualTo(after.archiveObjectId());
  }

  private java.util.List<java.util.UUID> dueAt(Duration fromNow) {
    return longTerm.due(clock.instant().plus(fromNow), 10_000).stream()
        .map(DecisionSummary::caseId).toList();
  }

  private byte[] evidence(CaseFile caseFile) {
    ArchivedRecordSummary report = archive.findByCaseNumber(MUNICIPALITY, caseFile.caseNumber())
        .stream().filter(r -> r.metadata().documentType().equals("signature-validation-report"))
        .findFirst().orElseThrow();
    return archive.fetch(report.ref().objectId()).orElseThrow().content();
  }
}
