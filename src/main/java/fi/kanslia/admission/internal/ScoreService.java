package fi.kanslia.admission.internal;

import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.processes.AdmissionRoundModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aptitude test scores: entered one by one or from a file (all rows or none), and marked
 * complete, which lets the process place the round. The scores are confidential (JulkL 24 § 1 mom
 * 29 k): only the round's staff see them, and every look at the score sheet is audit-logged.
 */
@Service
@Transactional
class ScoreService {

  private final JdbcClient jdbc;
  private final AdmissionStore store;
  private final RoundService rounds;
  private final CaseFiles cases;
  private final ProcessCommands engine;
  private final AuditLog audit;
  private final Clock clock;

  ScoreService(JdbcClient jdbc, AdmissionStore store, RoundService rounds, CaseFiles cases,
      ProcessCommands engine, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.rounds = rounds;
    this.cases = cases;
    this.engine = engine;
    this.audit = audit;
    this.clock = clock;
  }

  /** One line of the score sheet. */
  record SheetRow(UUID caseId, String caseNumber, String programmeCode, int rank,
      java.time.Instant testAt, BigDecimal score, boolean absent, boolean reservedEligible) {}

  /** The round's score sheet for its staff; the look is audit-logged. */
  List<SheetRow> sheet(KansliaUser official, UUID roundId) {
    Round round = rounds.roundForStaff(official, roundId);
    Map<UUID, Programme> programmes = programmes(roundId);
    List<SheetRow> rows = new ArrayList<>();
    for (Application a : store.applications(roundId)) {
      String caseNumber = caseNumber(a.caseId());
      for (Preference p : store.preferences(a.caseId())) {
        rows.add(new SheetRow(a.caseId(), caseNumber, programmes.get(p.programmeId()).code(),
            p.rank(), p.testAt(), p.score(), p.absent(), p.reservedEligible()));
      }
    }
    audit.record(new AuditEvent(official.municipalityCode(), official.auditName(), "READ",
        "admission-scores", roundId.toString(),
        "Education office handles the aptitude test scores of the round " + round.name()));
    return rows;
  }

  /**
   * One score (or absence) for an applicant and a programme they applied to, and whether the
   * applicant is eligible for the programme's reserved seats (special reasons).
   */
  void enter(KansliaUser official, UUID roundId, String caseNumber, String programmeCode,
      String scoreText, boolean reservedEligible) {
    Round round = lockForScoring(official, roundId);
    BigDecimal score = null;
    boolean absent = scoreText != null && scoreText.strip().equalsIgnoreCase("ABSENT");
    if (!absent) {
      score = ScoreCsv.score(scoreText);
      if (score == null) {
        throw new AdmissionInputException("score", "admission.error.score");
      }
    }
    Target target = target(round, caseNumber, programmeCode)
        .orElseThrow(() -> new AdmissionInputException("caseNumber", "admission.error.scoreTarget"));
    store(official, target, score, reservedEligible);
  }

  /** A whole file of scores: every row is checked first, and any error stores nothing. */
  int importFile(KansliaUser official, UUID roundId, String content) {
    Round round = lockForScoring(official, roundId);
    ScoreCsv.Parsed parsed = ScoreCsv.parse(content);
    List<ScoreCsv.RowError> errors = new ArrayList<>(parsed.errors());
    List<Map.Entry<Target, BigDecimal>> valid = new ArrayList<>();
    for (ScoreCsv.Row row : parsed.rows()) {
      Optional<Target> target = target(round, row.caseNumber(), row.programmeCode());
      if (target.isEmpty()) {
        errors.add(new ScoreCsv.RowError(row.line(), "admission.csv.target", row.line(),
            row.caseNumber(), row.programmeCode()));
      } else {
        valid.add(new java.util.AbstractMap.SimpleEntry<>(target.get(), row.score()));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(ScoreCsv.RowError::line));
      throw new AdmissionInputException(errors.stream()
          .map(e -> new AdmissionInputException.FieldError("file", e.messageKey(), e.args()))
          .toList());
    }
    valid.forEach(entry -> store(official, entry.getKey(), entry.getValue(), null));
    return valid.size();
  }

  /** Every applicant has a score or is absent: the process may place the round. */
  void complete(KansliaUser official, UUID roundId) {
    Round round = lockForScoring(official, roundId);
    long missing = store.preferencesOfRound(roundId).stream().filter(p -> !p.scored()).count();
    if (missing > 0) {
      throw new AdmissionInputException("scores", "admission.error.scoresMissing", missing);
    }
    store.setStage(roundId, Stage.SCORES_COMPLETE);
    engine.publishMessage(round.municipalityCode(), AdmissionRoundModel.SCORES_COMPLETE_MESSAGE,
        roundId.toString(), AdmissionRoundModel.SCORES_COMPLETE_MESSAGE + ":" + roundId, Map.of());
  }

  private Round lockForScoring(KansliaUser official, UUID roundId) {
    rounds.roundForStaff(official, roundId);
    Round round = store.lockRound(roundId);
    if (round.stage() != Stage.TESTING) {
      throw new AdmissionInputException("round", "admission.error.stage");
    }
    return round;
  }

  private record Target(UUID caseId, UUID programmeId) {}

  private Optional<Target> target(Round round, String caseNumber, String programmeCode) {
    if (caseNumber == null || programmeCode == null) {
      return Optional.empty();
    }
    Optional<CaseFile> caseFile = cases.findByNumber(round.municipalityCode(), caseNumber.strip());
    Optional<Programme> programme = store.programmes(round.id()).stream()
        .filter(p -> p.code().equalsIgnoreCase(programmeCode.strip())).findFirst();
    if (caseFile.isEmpty() || programme.isEmpty()) {
      return Optional.empty();
    }
    boolean applied = jdbc.sql("select count(*) from admission_preference p"
            + " join admission_application a on a.case_id = p.case_id"
            + " where p.case_id = ? and p.programme_id = ? and a.round_id = ?")
        .params(caseFile.get().id(), programme.get().id(), round.id()).query(Long.class).single() > 0;
    return applied ? Optional.of(new Target(caseFile.get().id(), programme.get().id()))
        : Optional.empty();
  }

  /** Stores a score; {@code reservedEligible} null leaves the eligibility as it was (a file). */
  private void store(KansliaUser official, Target target, BigDecimal score,
      Boolean reservedEligible) {
    jdbc.sql("update admission_preference set score = ?, absent = ?, scored_by = ?, scored_at = ?,"
            + " reserved_eligible = coalesce(?, reserved_eligible)"
            + " where case_id = ? and programme_id = ?")
        .params(score, score == null, official.userId(), RoundService.ts(clock.instant()),
            reservedEligible, target.caseId(), target.programmeId())
        .update();
  }

  private Map<UUID, Programme> programmes(UUID roundId) {
    return store.programmes(roundId).stream()
        .collect(Collectors.toMap(Programme::id, Function.identity()));
  }

  private String caseNumber(UUID caseId) {
    return cases.findForProcessing(caseId).orElseThrow().caseNumber();
  }
}
