package fi.kanslia.admission.internal;

import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.engine.DecisionTables;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.placement.Cutoff;
import fi.kanslia.placement.DeferredAcceptance;
import fi.kanslia.placement.Explanation;
import fi.kanslia.placement.PlacementDiff;
import fi.kanslia.placement.PlacementResult;
import fi.kanslia.placement.PlacementRound;
import fi.kanslia.placement.RoundFiles;
import fi.kanslia.processes.AdmissionCriteriaModel;
import fi.kanslia.processes.AdmissionRoundModel;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement runs: built from the database with the admission criteria evaluated on the engine,
 * placed by deferred acceptance with the round's seed, stored with their explanations; compared
 * with the previous run; re-run after the officials' changes; one run published.
 */
@Service
@Transactional
class PlacementService {

  private final JdbcClient jdbc;
  private final AdmissionStore store;
  private final RoundService rounds;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final DecisionTables decisionTables;
  private final ProcessCommands engine;
  private final Clock clock;

  PlacementService(JdbcClient jdbc, AdmissionStore store, RoundService rounds, CaseFiles cases,
      People people, Schools schools, DecisionTables decisionTables, ProcessCommands engine,
      Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.rounds = rounds;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.decisionTables = decisionTables;
    this.engine = engine;
    this.clock = clock;
  }

  // ---- the process's step ----

  /** Places the round as run {@code run}; a run already stored is kept (a repeated job). */
  void runPlacement(UUID roundId, int run) {
    Round round = store.lockRound(roundId);
    boolean stored = jdbc.sql("select count(*) from placement_run where round_id = ? and run = ?")
        .params(roundId, run).query(Long.class).single() > 0;
    if (!stored) {
      java.util.SortedSet<String> criteria = new java.util.TreeSet<>();
      PlacementRound input = build(round, criteria);
      PlacementResult result = DeferredAcceptance.place(input, round.seed());
      jdbc.sql("insert into placement_run (round_id, run, seed, round_file, created_at,"
              + " criteria_version) values (?, ?, ?, ?, ?, ?)")
          .params(roundId, run, round.seed(), write(input), RoundService.ts(clock.instant()),
              criteria.isEmpty() ? null : String.join(", ", criteria))
          .update();
      storeEntries(roundId, run, result);
    }
    jdbc.sql("update admission_round set latest_run = greatest(latest_run, ?) where id = ?")
        .params(run, roundId).update();
    if (!round.stage().isAtLeast(Stage.PLACEMENT_REVIEW)) {
      store.setStage(roundId, Stage.PLACEMENT_REVIEW);
    }
  }

  /** The round's placement input; the versions of the criteria that ranked it go to {@code criteria}. */
  private PlacementRound build(Round round, java.util.Set<String> criteria) {
    String m = round.municipalityCode();
    List<PlacementRounds.Candidate> candidates = new ArrayList<>();
    for (Application a : store.applications(round.id())) {
      Person child = people.find(m, a.childId()).orElseThrow();
      UUID neighbourhood = schools.neighbourhoodSchool(m, child.postalCode(), child.language())
          .map(School::id).orElse(null);
      candidates.add(new PlacementRounds.Candidate(a.caseId(), store.preferences(a.caseId()),
          neighbourhood));
    }
    return PlacementRounds.build(round.maxPreferences(), store.programmes(round.id()), candidates,
        (type, score, sibling, neighbourhood) ->
            priorityGroup(type, score, sibling, neighbourhood, criteria));
  }

  /** The admission-criteria DMN on the engine; no rule matching is an error, never a guess. */
  private OptionalInt priorityGroup(String programmeType, BigDecimal score, boolean sibling,
      boolean neighbourhood, java.util.Set<String> criteria) {
    DecisionTables.Evaluation evaluation = decisionTables.evaluateRecorded(
        AdmissionCriteriaModel.DECISION_ID,
        Map.of(AdmissionCriteriaModel.PROGRAMME_TYPE_INPUT, programmeType,
            AdmissionCriteriaModel.APTITUDE_SCORE_INPUT, score,
            AdmissionCriteriaModel.SIBLING_IN_PROGRAMME_INPUT, sibling,
            AdmissionCriteriaModel.NEIGHBOURHOOD_SCHOOL_INPUT, neighbourhood));
    criteria.add(evaluation.provenance());
    Map<String, Object> output = evaluation.output();
    if (!Boolean.TRUE.equals(output.get(AdmissionCriteriaModel.ELIGIBLE_OUTPUT))) {
      return OptionalInt.empty();
    }
    Object group = output.get(AdmissionCriteriaModel.PRIORITY_GROUP_OUTPUT);
    if (!(group instanceof Number number)) {
      throw new IllegalStateException("The admission criteria gave an eligible applicant no group");
    }
    return OptionalInt.of(number.intValue());
  }

  private void storeEntries(UUID roundId, int run, PlacementResult result) {
    for (String applicantId : result.round().applicantIds()) {
      int lottery = result.lottery().numberOf(applicantId);
      for (Explanation e : result.explain(applicantId)) {
        Optional<Cutoff> cutoff = e.lowestAccepted();
        boolean admitted = e instanceof Explanation.Admission;
        jdbc.sql("insert into placement_entry (round_id, run, case_id, programme_id, kind,"
                + " preference_rank, priority_class, score, seat, position, cutoff_class,"
                + " cutoff_score, lottery_number, applicant_lottery)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(roundId, run, UUID.fromString(applicantId), UUID.fromString(e.programmeId()),
                admitted ? "ADMITTED" : "WAITING", e.preferenceRank(), e.priorityClass(),
                e.score().toBigDecimal(),
                e instanceof Explanation.Admission a ? a.seat().name() : null,
                e instanceof Explanation.WaitingListPlace w ? w.position() : null,
                cutoff.map(Cutoff::priorityClass).orElse(null),
                cutoff.map(c -> c.score().toBigDecimal()).orElse(null),
                e.lotteryNumber().isPresent() ? e.lotteryNumber().getAsInt() : null, lottery)
            .update();
      }
    }
  }

  // ---- what the officials see and do ----

  /** A programme's outcome in a run. */
  record ProgrammeRow(Programme programme, String schoolName, int filled, BigDecimal lowestScore,
      int waiting) {}

  /** An applicant's outcome in a run: the programme code placed in, or none, and waiting places. */
  record ApplicantRow(UUID caseId, String caseNumber, String placedIn, String waitingFor) {}

  /** A move between two runs, by case number and programme codes ("" = not placed). */
  record MoveRow(String caseNumber, String from, String to) {}

  /** A change of a programme's cutoff or filled seats between two runs. */
  record CutoffRow(String programme, String before, String after, int filledBefore,
      int filledAfter) {}

  record RunView(int run, long seed, String criteriaVersion, List<ProgrammeRow> programmes,
      List<ApplicantRow> applicants, List<MoveRow> moves, List<CutoffRow> cutoffs,
      boolean hasPrevious) {}

  @Transactional(readOnly = true)
  Optional<RunView> view(KansliaUser official, UUID roundId, String language) {
    Round round = rounds.roundForStaff(official, roundId);
    int run = round.latestRun();
    if (run == 0) {
      return Optional.empty();
    }
    List<Programme> programmes = store.programmes(roundId);
    Map<String, String> codes = new java.util.HashMap<>();
    programmes.forEach(p -> codes.put(p.id().toString(), p.code()));
    PlacementResult current = result(roundId, run);
    List<ProgrammeRow> programmeRows = new ArrayList<>();
    for (Programme p : programmes) {
      var outcome = current.programme(p.id().toString());
      programmeRows.add(new ProgrammeRow(p,
          schools.find(round.municipalityCode(), p.schoolId()).map(s -> s.name(language)).orElse(""),
          outcome.filled(), outcome.lowestAccepted().map(c -> c.score().toBigDecimal()).orElse(null),
          outcome.waitingListSize()));
    }
    List<ApplicantRow> applicantRows = new ArrayList<>();
    for (Application a : store.applications(roundId)) {
      String id = a.caseId().toString();
      String placed = current.placementOf(id).map(pl -> codes.get(pl.programmeId())).orElse("");
      String waiting = String.join(", ", current.waitingPlacesOf(id).stream()
          .map(w -> codes.get(w.programmeId()) + " #" + w.position()).toList());
      applicantRows.add(new ApplicantRow(a.caseId(), caseNumber(a.caseId()), placed, waiting));
    }
    List<MoveRow> moves = List.of();
    List<CutoffRow> cutoffs = List.of();
    if (run > 1) {
      PlacementDiff diff = PlacementDiff.between(result(roundId, run - 1), current);
      moves = diff.moves().stream().map(mv -> new MoveRow(caseNumber(UUID.fromString(mv.applicantId())),
          mv.from().map(codes::get).orElse(""), mv.to().map(codes::get).orElse(""))).toList();
      cutoffs = diff.cutoffs().stream().map(c -> new CutoffRow(codes.get(c.programmeId()),
          c.before().map(PlacementService::cutoff).orElse(""),
          c.after().map(PlacementService::cutoff).orElse(""), c.filledBefore(), c.filledAfter()))
          .toList();
    }
    String criteriaVersion = jdbc.sql("select criteria_version from placement_run where round_id = ?"
        + " and run = ?").params(roundId, run).query(String.class).optional().orElse(null);
    return Optional.of(new RunView(run, round.seed(), criteriaVersion, programmeRows, applicantRows,
        moves, cutoffs, run > 1));
  }

  private static String cutoff(Cutoff c) {
    return c.priorityClass() + "/" + c.score();
  }

  /** A capacity changed for the next run. */
  void changeCapacity(KansliaUser official, UUID roundId, UUID programmeId, Integer capacity) {
    Round round = lockForReview(official, roundId);
    Programme programme = store.programmes(round.id()).stream()
        .filter(p -> p.id().equals(programmeId)).findFirst()
        .orElseThrow(() -> new AdmissionInputException("capacity", "admission.error.scoreTarget"));
    if (capacity == null || capacity < 1 || capacity < programme.reservedSeats()) {
      throw new AdmissionInputException("capacity", "admission.error.capacity", programme.position());
    }
    jdbc.sql("update admission_programme set capacity = ? where id = ?").params(capacity, programmeId)
        .update();
  }

  /** Sends the latest run back: the process places the round again with the same seed. */
  void requestRerun(KansliaUser official, UUID roundId) {
    Round round = lockForReview(official, roundId);
    jdbc.sql("update admission_round set rerun_requested_of = ? where id = ?")
        .params(round.latestRun(), roundId).update();
    engine.publishMessage(round.municipalityCode(),
        AdmissionRoundModel.PLACEMENT_RERUN_REQUESTED_MESSAGE, roundId.toString(),
        AdmissionRoundModel.PLACEMENT_RERUN_REQUESTED_MESSAGE + ":" + roundId + ":"
            + round.latestRun(), Map.of());
  }

  /** Publishes the latest run; its decisions are issued in the name of this official. */
  void publishRun(KansliaUser official, UUID roundId) {
    Round round = lockForReview(official, roundId);
    jdbc.sql("update admission_round set stage = 'RUN_PUBLISHED', published_run = ?,"
            + " run_published_by = ? where id = ?")
        .params(round.latestRun(), official.userId(), roundId).update();
    engine.publishMessage(round.municipalityCode(), AdmissionRoundModel.PLACEMENT_PUBLISHED_MESSAGE,
        roundId.toString(), AdmissionRoundModel.PLACEMENT_PUBLISHED_MESSAGE + ":" + roundId + ":"
            + round.latestRun(),
        Map.of(AdmissionRoundModel.PUBLISHED_PLACEMENT_RUN_VARIABLE, round.latestRun()));
  }

  private Round lockForReview(KansliaUser official, UUID roundId) {
    rounds.roundForStaff(official, roundId);
    Round round = store.lockRound(roundId);
    if (round.stage() != Stage.PLACEMENT_REVIEW || round.latestRun() == 0) {
      throw new AdmissionInputException("round", "admission.error.stage");
    }
    if (round.rerunPending()) {
      throw new AdmissionInputException("round", "admission.error.rerunPending");
    }
    return round;
  }

  // ---- runs ----

  /** A stored run, reproduced from its round file and seed. */
  PlacementResult result(UUID roundId, int run) {
    var stored = jdbc.sql("select round_file, seed from placement_run where round_id = ? and run = ?")
        .params(roundId, run)
        .query((rs, n) -> Map.entry(rs.getString("round_file"), rs.getLong("seed"))).single();
    return DeferredAcceptance.place(read(stored.getKey()), stored.getValue());
  }

  /** One stored explanation row. */
  record Entry(UUID caseId, UUID programmeId, boolean admitted, int preferenceRank,
      int priorityClass, BigDecimal score, Integer position, BigDecimal cutoffScore,
      Integer lotteryNumber) {}

  List<Entry> entries(UUID roundId, int run, UUID caseId) {
    return jdbc.sql("select * from placement_entry where round_id = ? and run = ? and case_id = ?"
            + " order by preference_rank")
        .params(roundId, run, caseId).query(PlacementService::entry).list();
  }

  /** The waiting list of a programme in a run, first first. */
  List<Entry> waitingList(UUID roundId, int run, UUID programmeId) {
    return jdbc.sql("select * from placement_entry where round_id = ? and run = ?"
            + " and programme_id = ? and kind = 'WAITING' order by position")
        .params(roundId, run, programmeId).query(PlacementService::entry).list();
  }

  private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Entry(rs.getObject("case_id", UUID.class), rs.getObject("programme_id", UUID.class),
        "ADMITTED".equals(rs.getString("kind")), rs.getInt("preference_rank"),
        rs.getInt("priority_class"), rs.getBigDecimal("score"), (Integer) rs.getObject("position"),
        rs.getBigDecimal("cutoff_score"), (Integer) rs.getObject("lottery_number"));
  }

  private String caseNumber(UUID caseId) {
    return cases.findForProcessing(caseId).orElseThrow().caseNumber();
  }

  static String write(PlacementRound round) {
    try {
      Path file = Files.createTempFile("kanslia-round", ".txt");
      try {
        RoundFiles.write(round, file);
        return Files.readString(file, StandardCharsets.US_ASCII);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PlacementRound read(String roundFile) {
    try {
      Path file = Files.createTempFile("kanslia-round", ".txt");
      try {
        Files.writeString(file, roundFile, StandardCharsets.US_ASCII);
        return RoundFiles.read(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
