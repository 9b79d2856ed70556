package fi.kanslia.archive.internal;

import fi.kanslia.archiveadapter.ArchivedRecord;
import fi.kanslia.archiveadapter.ArchivedRecordRef;
import fi.kanslia.archiveadapter.ArchivedRecordSummary;
import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps archived decisions verifiable for decades: after a grace period (so that the CA has
 * published the revocation data covering the signing time) each archived decision's signature is
 * extended to PAdES-BASELINE-LTA and filed as the record's next version, with a new validation
 * report; it is checked again periodically, and its archive time stamp renewed before the time
 * stamp's certificate ends. A failure leaves the decision due, so the next run retries it.
 */
@Component
class LongTermSignatures {

  private static final Logger log = LoggerFactory.getLogger(LongTermSignatures.class);
  private static final int BATCH = 20;
  static final String ACTOR = "kanslia-signature-maintenance";

  private final Decisions decisions;
  private final DecisionSignatures signatures;
  private final RecordArchive archive;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration gracePeriod;
  private final Duration recheckAfter;

  LongTermSignatures(Decisions decisions, DecisionSignatures signatures, RecordArchive archive,
      AuditLog audit, Clock clock,
      @Value("${kanslia.signing.long-term.grace-period:P1D}") Duration gracePeriod,
      @Value("${kanslia.signing.long-term.recheck-after:P30D}") Duration recheckAfter) {
    this.decisions = decisions;
    this.signatures = signatures;
    this.archive = archive;
    this.audit = audit;
    this.clock = clock;
    this.gracePeriod = gracePeriod;
    this.recheckAfter = recheckAfter;
  }

  @Scheduled(fixedDelayString = "${kanslia.signing.long-term.check-interval:PT1H}",
      initialDelayString = "${kanslia.signing.long-term.initial-delay:PT5M}")
  void run() {
    int done = extendDue(clock.instant());
    if (done > 0) {
      log.info("Checked or extended the long-term signatures of {} archived decisions", done);
    }
  }

  /** The decisions due at the given instant, oldest archived first. */
  java.util.List<DecisionSummary> due(Instant now, int limit) {
    return decisions.dueForLongTermSignature(now.minus(gracePeriod), now.minus(recheckAfter), limit);
  }

  /** Handles a batch of the decisions due at the given instant; returns how many. */
  int extendDue(Instant now) {
    int done = 0;
    for (DecisionSummary decision : due(now, BATCH)) {
      try {
        extend(decision);
        done++;
      } catch (RuntimeException e) {
        log.warn("Could not extend the signature of decision {} (archive object {}); it stays due: {}",
            decision.id(), decision.archiveObjectId(), e.toString());
      }
    }
    return done;
  }

  /** Extends (or checks) one archived decision's signature. */
  void extend(DecisionSummary decision) {
    ArchivedRecord record = archive.fetch(decision.archiveObjectId()).orElseThrow(
        () -> new IllegalStateException("The archive has no record " + decision.archiveObjectId()));
    String caseNumber = record.metadata().caseNumber();
    audit.record(new AuditEvent(decision.municipalityCode(), ACTOR, "READ", "archived-record",
        decision.archiveObjectId(), "Long-term signature maintenance of " + caseNumber));
    byte[] extended = signatures.extendToLongTerm(record.content());
    String objectId = decision.archiveObjectId();
    if (!Arrays.equals(extended, record.content())) {
      byte[] evidence = signatures.validationEvidence(extended); // never file a broken signature
      ArchivedRecordRef version = archive.fileNewVersion(objectId, extended,
          "PAdES-BASELINE-LTA: validation data and archive time stamp");
      objectId = version.objectId();
      refileEvidence(record, evidence);
      audit.record(new AuditEvent(decision.municipalityCode(), ACTOR, "UPDATE", "archived-record",
          objectId, "Signature of " + caseNumber + " extended to a long-term signature"));
    }
    decisions.recordLongTermSignature(decision.caseId(), extended, objectId);
  }

  /** The validation report beside the decision gets a new version that covers the new revision. */
  private void refileEvidence(ArchivedRecord decision, byte[] evidence) {
    String evidenceId = decision.metadata().recordId() + DecisionFiling.EVIDENCE_SUFFIX;
    archive.findByCaseNumber(decision.metadata().municipalityCode(),
            decision.metadata().caseNumber()).stream()
        .filter(summary -> summary.metadata().recordId().equals(evidenceId))
        .map(ArchivedRecordSummary::ref).findFirst()
        .ifPresentOrElse(
            ref -> archive.fileNewVersion(ref.objectId(), evidence, "Validation of the LTA signature"),
            () -> log.warn("No validation report {} to renew beside the decision", evidenceId));
  }
}
