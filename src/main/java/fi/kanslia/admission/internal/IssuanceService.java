package fi.kanslia.admission.internal;

import fi.kanslia.admission.AdmissionCases;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionStatus;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import fi.kanslia.identity.KansliaUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mass decisions of a published run: one decision per application, each taken and its
 * issuance started (decision-issuance.bpmn, through the outbox, which bounds what is in flight)
 * in a transaction of its own, so a crash loses nothing and a repeated job skips what is done.
 */
@Service
class IssuanceService {

  private final JdbcClient jdbc;
  private final AdmissionStore store;
  private final RoundService rounds;
  private final PlacementService placements;
  private final AdmissionDecisionWriter writer;
  private final CaseFiles cases;
  private final Decisions decisions;
  private final TransactionTemplate transaction;

  IssuanceService(JdbcClient jdbc, AdmissionStore store, RoundService rounds,
      PlacementService placements, AdmissionDecisionWriter writer, CaseFiles cases,
      Decisions decisions, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.store = store;
    this.rounds = rounds;
    this.placements = placements;
    this.writer = writer;
    this.cases = cases;
    this.decisions = decisions;
    this.transaction = new TransactionTemplate(transactions);
  }

  void issueDecisions(UUID roundId, int run) {
    Round round = store.roundForProcessing(roundId);
    if (round.runPublishedBy() == null) {
      throw new IllegalStateException("Round " + roundId + " has no published run");
    }
    for (Application application : store.applications(roundId)) {
      if (decisions.forCase(application.caseId()).isEmpty()) {
        transaction.executeWithoutResult(status -> issue(round, run, application));
      }
    }
    transaction.executeWithoutResult(status -> {
      if (!store.lockRound(roundId).stage().isAtLeast(Stage.DECISIONS_ISSUED)) {
        store.setStage(roundId, Stage.DECISIONS_ISSUED);
      }
    });
  }

  private void issue(Round round, int run, Application application) {
    UUID caseId = application.caseId();
    cases.lock(caseId);
    if (decisions.forCase(caseId).isPresent()) {
      return;
    }
    List<PlacementService.Entry> entries = placements.entries(round.id(), run, caseId);
    Optional<PlacementService.Entry> admitted = entries.stream()
        .filter(PlacementService.Entry::admitted).findFirst();
    jdbc.sql("update admission_application set placed_programme_id = ? where case_id = ?")
        .params(admitted.map(PlacementService.Entry::programmeId).orElse(null), caseId).update();
    boolean waiting = admitted.isEmpty() && !entries.isEmpty();
    String language = writer.language(round.municipalityCode(), caseId);
    take(round, caseId, waiting ? AdmissionCases.WAITING_LIST : AdmissionCases.ADMISSION,
        admitted.isPresent() ? Outcome.APPROVED : Outcome.REJECTED,
        writer.reasoning(language, round, entries));
  }

  /** Takes a decision in the name of the official who published the run, and starts its issuance. */
  void take(Round round, UUID caseId, String decisionType, Outcome outcome, String reasoning) {
    decisions.takeAndIssue(new TakeDecision(round.municipalityCode(), caseId, decisionType, outcome,
        reasoning, round.runPublishedBy()));
  }

  /** How far the round's decisions (applications and offers) have come, by status reached. */
  Map<DecisionStatus, Integer> progress(KansliaUser official, UUID roundId) {
    rounds.roundForStaff(official, roundId);
    List<UUID> caseIds = jdbc.sql("select case_id from admission_application where round_id = ?"
            + " union all select case_id from admission_offer where round_id = ?")
        .params(roundId, roundId).query(UUID.class).list();
    Map<DecisionStatus, Integer> reached = new EnumMap<>(DecisionStatus.class);
    for (DecisionStatus s : DecisionStatus.values()) {
      reached.put(s, 0);
    }
    for (UUID caseId : caseIds) {
      decisions.forCase(caseId).map(DecisionSummary::status).ifPresent(status -> {
        for (DecisionStatus s : DecisionStatus.values()) {
          if (status.ordinal() >= s.ordinal()) {
            reached.merge(s, 1, Integer::sum);
          }
        }
      });
    }
    return reached;
  }
}
