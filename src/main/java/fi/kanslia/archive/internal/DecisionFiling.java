package fi.kanslia.archive.internal;

import fi.kanslia.archiveadapter.ArchivedRecordRef;
import fi.kanslia.archiveadapter.PublicityClass;
import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.archiveadapter.RecordMetadata;
import fi.kanslia.archiveadapter.RecordToFile;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.LegalRules;
import fi.kanslia.workers.ports.DecisionArchiving;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Files a signed decision with its record metadata, and beside it the EU DSS validation report
 * that shows the signature was valid when it was archived. The archive call happens outside any database
 * transaction; filing is idempotent by the decision id, so a retry after a crash files nothing
 * twice, and a failure throws so the engine retries (a filing is never dropped).
 */
@Component
class DecisionFiling implements DecisionArchiving {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private final Decisions decisions;
  private final CaseFiles cases;
  private final RecordArchive archive;
  static final String EVIDENCE_SUFFIX = "-validation";
  static final String EVIDENCE_TYPE = "signature-validation-report";

  private final RecordPolicy policy;
  private final DecisionSignatures signatures;

  DecisionFiling(Decisions decisions, CaseFiles cases, RecordArchive archive, RecordPolicy policy,
      DecisionSignatures signatures) {
    this.signatures = signatures;
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
    byte[] evidence = signatures.validationEvidence(signed); // never archive a broken signature
    String name = caseFile.caseNumber().replace('/', '-');
    RecordMetadata metadata = metadata(decision, caseFile);
    ArchivedRecordRef ref = archive.file(new RecordToFile(signed, "decision-" + name + ".pdf",
        "application/pdf", metadata));
    archive.file(new RecordToFile(evidence, "signature-validation-" + name + ".xml",
        "application/xml", evidenceOf(metadata)));
    decisions.markArchived(caseId, ref.objectId());
    return new Result(ref.objectId());
  }

  /** The validation report is kept as long as the decision, under the same case and publicity. */
  private RecordMetadata evidenceOf(RecordMetadata decision) {
    return new RecordMetadata(decision.recordId() + EVIDENCE_SUFFIX, decision.caseNumber(),
        "sv".equals(decision.language()) ? "Valideringsrapport för underskriften"
            : "Allekirjoituksen validointiraportti",
        EVIDENCE_TYPE, decision.publicityClass(), decision.publicityLegalBasis(),
        decision.secrecyPeriodYears(), false, decision.retentionPeriod(),
        decision.retentionBasis(), decision.taskClassCode(), decision.municipalityCode(),
        decision.documentDate(), decision.language());
  }

  private RecordMetadata metadata(DecisionSummary decision, CaseFile caseFile) {
    RecordPolicy.TypePolicy type = policy.of(decisions.recordsType(decision));
    LegalRules rules = decisions.rules(decision);
    PublicityClass publicity = PublicityClass.valueOf(rules.publicityClass());
    boolean isPublic = publicity == PublicityClass.PUBLIC;
    return new RecordMetadata(
        "decision-" + decision.id(),
        caseFile.caseNumber(),
        decision.title(),
        type.documentType(),
        publicity,
        isPublic ? null : rules.publicityLegalBasis(),
        isPublic ? null : type.secrecyPeriodYears(),
        type.containsPersonalData(),
        type.retentionPeriod(),
        type.retentionBasis(),
        caseFile.taskClassCode(),
        decision.municipalityCode(),
        decision.decidedAt().atZone(FINLAND).toLocalDate(),
        decision.language());
  }
}
