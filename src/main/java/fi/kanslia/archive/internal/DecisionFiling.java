package fi.kanslia.archive.internal;

import fi.kanslia.archiveadapter.ArchivedRecordRef;
import fi.kanslia.archiveadapter.PublicityClass;
import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.archiveadapter.RecordMetadata;
import fi.kanslia.archiveadapter.RecordToFile;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.workers.ports.DecisionArchiving;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files a signed decision with its record metadata. The archive call happens outside any database
 * transaction; filing is idempotent by the decision id, so a retry after a crash files nothing
 * twice, and a failure throws so the engine retries (a filing is never dropped).
 */
@Component
class DecisionFiling implements DecisionArchiving {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private final Decisions decisions;
  private final CaseFiles cases;
  private final RecordArchive archive;
  private final RecordPolicy policy;

  DecisionFiling(Decisions decisions, CaseFiles cases, RecordArchive archive, RecordPolicy policy) {
    this.decisions = decisions;
    this.cases = cases;
    this.archive = archive;
    this.policy = policy;
  }

  @Override
  public Result archive(UUID caseId) {
    DecisionSummary decision = decisions.forCase(caseId)
        .orElseThrow(() -> new IllegalStateException("No decision for case " + caseId));
    if (decision.archiveObjectId() != null) {
      return new Result(decision.archiveObjectId());
    }
    byte[] signed = decisions.signedDocument(caseId)
        .orElseThrow(() -> new IllegalStateException("The decision of case " + caseId + " is not signed"));
    CaseFile caseFile = cases.find(decision.municipalityCode(), caseId).orElseThrow();
    ArchivedRecordRef ref = archive.file(new RecordToFile(signed,
        "decision-" + caseFile.caseNumber().replace('/', '-') + ".pdf", "application/pdf",
        metadata(decision, caseFile)));
    decisions.markArchived(caseId, ref.objectId());
    return new Result(ref.objectId());
  }

  private RecordMetadata metadata(DecisionSummary decision, CaseFile caseFile) {
    PublicityClass publicity = PublicityClass.valueOf(policy.publicityClass());
    boolean isPublic = publicity == PublicityClass.PUBLIC;
    return new RecordMetadata(
        "decision-" + decision.id(),
        caseFile.caseNumber(),
        policy.title(decision.language()),
        policy.documentType(),
        publicity,
        isPublic ? null : policy.publicityLegalBasis(),
        isPublic ? null : policy.secrecyPeriodYears(),
        policy.containsPersonalData(),
        policy.retentionPeriod(),
        policy.retentionBasis(),
        caseFile.taskClassCode(),
        decision.municipalityCode(),
        decision.decidedAt().atZone(FINLAND).toLocalDate(),
        decision.language());
  }
}
