package fi.kanslia.admission.internal;

import fi.kanslia.admission.AdmissionCases;
import fi.kanslia.admission.AdmissionRoundSetup;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Role;
import fi.kanslia.processes.AdmissionCriteriaModel;
import fi.kanslia.processes.AdmissionRoundModel;
import fi.kanslia.school.Schools;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up and publishing a round, and the guardians' applications. Every act checks who may do
 * it, changes the database and queues the engine command in one transaction.
 */
@Service
@Transactional
class RoundService implements AdmissionRoundSetup {

  static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  /** Aptitude tests are held a week after the application period, from 9 o'clock. */
  private static final Duration TEST_SLOT = Duration.ofMinutes(20);

  private final JdbcClient jdbc;
  private final AdmissionStore store;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final ProcessCommands engine;
  private final Clock clock;
  private final String taskClassCode;
  private final SecureRandom random = new SecureRandom();

  RoundService(JdbcClient jdbc, AdmissionStore store, CaseFiles cases, People people,
      Schools schools, ProcessCommands engine, Clock clock,
      @Value("${kanslia.records.admission.task-class-code}") String taskClassCode) {
    this.jdbc = jdbc;
    this.store = store;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.engine = engine;
    this.clock = clock;
    this.taskClassCode = taskClassCode;
  }

  /** What the official sets up; dates are instants, programmes in the order shown. */
  record NewRound(String name, Integer maxPreferences, Instant applicationOpens,
      Instant applicationCloses, Instant acceptanceDeadline, Instant vacancyClosingDate,
      List<NewProgramme> programmes) {}

  record NewProgramme(UUID schoolId, String programmeType, Integer capacity, Integer reservedSeats) {}

  /** One ranked choice of a guardian. */
  record Choice(UUID programmeId, boolean siblingInProgramme) {}

  // ---- the education office ----

  UUID create(KansliaUser official, NewRound r) {
    requireStaff(official);
    String m = official.municipalityCode();
    List<AdmissionInputException.FieldError> errors = new ArrayList<>();
    if (r.name() == null || r.name().isBlank()) {
      errors.add(new AdmissionInputException.FieldError("name", "admission.error.required"));
    }
    if (r.maxPreferences() == null || r.maxPreferences() < 1 || r.maxPreferences() > 10) {
      errors.add(new AdmissionInputException.FieldError("maxPreferences",
          "admission.error.maxPreferences"));
    }
    checkDates(r, errors);
    if (r.programmes().isEmpty()) {
      errors.add(new AdmissionInputException.FieldError("programme1", "admission.error.programmes"));
    }
    for (int i = 0; i < r.programmes().size(); i++) {
      NewProgramme p = r.programmes().get(i);
      String field = "programme" + (i + 1);
      if (p.schoolId() == null || schools.find(m, p.schoolId()).isEmpty()) {
        errors.add(new AdmissionInputException.FieldError(field, "admission.error.school", i + 1));
      }
      if (p.programmeType() == null
          || !AdmissionCriteriaModel.PROGRAMME_TYPES.contains(p.programmeType())) {
        errors.add(new AdmissionInputException.FieldError(field, "admission.error.type", i + 1));
      }
      if (p.capacity() == null || p.capacity() < 1) {
        errors.add(new AdmissionInputException.FieldError(field, "admission.error.capacity", i + 1));
      } else if (p.reservedSeats() != null
          && (p.reservedSeats() < 0 || p.reservedSeats() > p.capacity())) {
        errors.add(new AdmissionInputException.FieldError(field, "admission.error.reserved", i + 1));
      }
    }
    if (!errors.isEmpty()) {
      throw new AdmissionInputException(errors);
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into admission_round (id, municipality_code, name, max_preferences,"
            + " application_opens, application_closes, acceptance_deadline, vacancy_closing_date,"
            + " seed, stage, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
        .params(id, m, r.name().strip(), r.maxPreferences(), ts(r.applicationOpens()),
            ts(r.applicationCloses()), ts(r.acceptanceDeadline()), ts(r.vacancyClosingDate()),
            random.nextLong(), official.userId(), ts(clock.instant()))
        .update();
    int position = 1;
    for (NewProgramme p : r.programmes()) {
      jdbc.sql("insert into admission_programme (id, round_id, municipality_code, school_id,"
              + " programme_type, capacity, reserved_seats, position) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(UUID.randomUUID(), id, m, p.schoolId(), p.programmeType(), p.capacity(),
              p.reservedSeats() == null ? 0 : p.reservedSeats(), position++)
          .update();
    }
    return id;
  }

  private static void checkDates(NewRound r, List<AdmissionInputException.FieldError> errors) {
    Map<String, Instant> dates = new LinkedHashMap<>();
    dates.put("applicationOpens", r.applicationOpens());
    dates.put("applicationCloses", r.applicationCloses());
    dates.put("acceptanceDeadline", r.acceptanceDeadline());
    dates.put("vacancyClosingDate", r.vacancyClosingDate());
    Instant previous = null;
    for (var date : dates.entrySet()) {
      if (date.getValue() == null) {
        errors.add(new AdmissionInputException.FieldError(date.getKey(), "admission.error.date"));
      } else if (previous != null && !date.getValue().isAfter(previous)) {
        errors.add(new AdmissionInputException.FieldError(date.getKey(),
            "admission.error.dateOrder"));
      }
      if (date.getValue() != null) {
        previous = date.getValue();
      }
    }
  }

  @Override
  public UUID createAndPublish(KansliaUser official, String name, int maxPreferences,
      Instant applicationOpens, Instant applicationCloses, Instant acceptanceDeadline,
      Instant vacancyClosingDate, List<ProgrammeSpec> programmes) {
    UUID id = create(official, new NewRound(name, maxPreferences, applicationOpens,
        applicationCloses, acceptanceDeadline, vacancyClosingDate, programmes.stream()
            .map(p -> new NewProgramme(p.schoolId(), p.programmeType(), p.capacity(),
                p.reservedSeats())).toList()));
    publish(official, id);
    return id;
  }

  /** Publishes the round: its process starts and runs it by the round's dates. */
  void publish(KansliaUser official, UUID roundId) {
    roundForStaff(official, roundId);
    Round round = store.lockRound(roundId);
    if (round.stage() != Stage.DRAFT) {
      throw new AdmissionInputException("round", "admission.error.stage");
    }
    jdbc.sql("update admission_round set stage = 'PUBLISHED', published_by = ?, published_at = ?"
            + " where id = ?")
        .params(official.userId(), ts(clock.instant()), roundId).update();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AdmissionRoundModel.ROUND_ID_VARIABLE, roundId.toString());
    variables.put(AdmissionRoundModel.MUNICIPALITY_VARIABLE, round.municipalityCode());
    variables.put(AdmissionRoundModel.APPLICATION_PERIOD_OPENS_VARIABLE, iso(round.applicationOpens()));
    variables.put(AdmissionRoundModel.APPLICATION_PERIOD_CLOSES_VARIABLE, iso(round.applicationCloses()));
    variables.put(AdmissionRoundModel.ACCEPTANCE_DEADLINE_VARIABLE, iso(round.acceptanceDeadline()));
    variables.put(AdmissionRoundModel.VACANCY_CLOSING_DATE_VARIABLE, iso(round.vacancyClosingDate()));
    engine.startProcess(round.municipalityCode(), AdmissionRoundModel.START_MESSAGE,
        roundId.toString(), variables);
  }

  /** The round for the municipality's education-office staff; another city's round is refused. */
  @Transactional(readOnly = true)
  Round roundForStaff(KansliaUser official, UUID roundId) {
    requireStaff(official);
    return store.round(official.municipalityCode(), roundId)
        .orElseThrow(() -> new AccessDeniedException("No such admission round"));
  }

  // ---- the guardians ----

  /** A guardian applies for their own child with up to N ranked programmes. */
  CaseFile apply(KansliaUser guardian, UUID roundId, UUID childId, List<Choice> choices) {
    requireGuardian(guardian);
    String m = guardian.municipalityCode();
    store.round(m, roundId)
        .orElseThrow(() -> new AccessDeniedException("No such admission round"));
    // The lock orders the application against close-applications: it is in, or refused.
    Round round = store.lockRound(roundId);
    if (round.stage() != Stage.APPLICATIONS_OPEN) {
      throw new AdmissionInputException("round", "admission.error.notOpen");
    }
    List<AdmissionInputException.FieldError> errors = new ArrayList<>();
    if (childId == null || !people.isGuardianOf(m, guardian.personId(), childId)) {
      errors.add(new AdmissionInputException.FieldError("child", "admission.error.child"));
    } else if (jdbc.sql("select count(*) from admission_application where round_id = ?"
        + " and child_id = ?").params(roundId, childId).query(Long.class).single() > 0) {
      errors.add(new AdmissionInputException.FieldError("child", "admission.error.alreadyApplied"));
    }
    Set<UUID> ofRound = new HashSet<>(store.programmes(roundId).stream().map(Programme::id).toList());
    Set<UUID> seen = new HashSet<>();
    if (choices.isEmpty()) {
      errors.add(new AdmissionInputException.FieldError("choice1", "admission.error.noChoice"));
    }
    if (choices.size() > round.maxPreferences()) {
      errors.add(new AdmissionInputException.FieldError("choice1", "admission.error.tooMany",
          round.maxPreferences()));
    }
    for (int i = 0; i < choices.size(); i++) {
      UUID programme = choices.get(i).programmeId();
      if (!ofRound.contains(programme)) {
        errors.add(new AdmissionInputException.FieldError("choice" + (i + 1),
            "admission.error.unknownProgramme", i + 1));
      } else if (!seen.add(programme)) {
        errors.add(new AdmissionInputException.FieldError("choice" + (i + 1),
            "admission.error.duplicate", i + 1));
      }
    }
    if (!errors.isEmpty()) {
      throw new AdmissionInputException(errors);
    }
    CaseFile caseFile = cases.open(m, schools.municipality(m).casePrefix(), AdmissionCases.CASE_TYPE,
        taskClassCode, childId);
    jdbc.sql("insert into admission_application (case_id, round_id, municipality_code, child_id,"
            + " guardian_id, submitted_at) values (?, ?, ?, ?, ?, ?)")
        .params(caseFile.id(), roundId, m, childId, guardian.personId(), ts(clock.instant()))
        .update();
    int rank = 1;
    for (Choice choice : choices) {
      jdbc.sql("insert into admission_preference (case_id, programme_id, rank, sibling_in_programme)"
              + " values (?, ?, ?, ?)")
          .params(caseFile.id(), choice.programmeId(), rank++, choice.siblingInProgramme()).update();
    }
    return caseFile;
  }

  /** An application or offer case of the guardian's own child. */
  @Transactional(readOnly = true)
  CaseFile ownCase(KansliaUser guardian, UUID caseId) {
    requireGuardian(guardian);
    return cases.find(guardian.municipalityCode(), caseId)
        .filter(c -> AdmissionCases.CASE_TYPE.equals(c.caseType())
            || AdmissionCases.OFFER_CASE_TYPE.equals(c.caseType()))
        .filter(c -> people.isGuardianOf(guardian.municipalityCode(), guardian.personId(),
            c.childId()))
        .orElseThrow(() -> new AccessDeniedException("Not a case of the guardian's children"));
  }

  // ---- the process's steps ----

  void openApplications(UUID roundId) {
    Round round = store.lockRound(roundId);
    if (!round.stage().isAtLeast(Stage.APPLICATIONS_OPEN)) {
      store.setStage(roundId, Stage.APPLICATIONS_OPEN);
    }
  }

  void closeApplications(UUID roundId) {
    Round round = store.lockRound(roundId);
    if (!round.stage().isAtLeast(Stage.APPLICATIONS_CLOSED)) {
      store.setStage(roundId, Stage.APPLICATIONS_CLOSED);
    }
    for (Application a : store.applications(roundId)) {
      cases.advance(a.caseId(), CaseStatus.IN_REVIEW);
    }
  }

  /** Each applicant gets a time slot per programme, in the order of the applications. */
  void inviteToAptitudeTests(UUID roundId) {
    Round round = store.lockRound(roundId);
    Instant firstSlot = round.applicationCloses().atZone(FINLAND).toLocalDate().plusDays(7)
        .atTime(LocalTime.of(9, 0)).atZone(FINLAND).toInstant();
    for (Programme programme : store.programmes(roundId)) {
      List<UUID> invited = jdbc.sql("select p.case_id from admission_preference p"
              + " join admission_application a on a.case_id = p.case_id"
              + " where p.programme_id = ? order by a.submitted_at, p.case_id")
          .param(programme.id()).query(UUID.class).list();
      for (int i = 0; i < invited.size(); i++) {
        jdbc.sql("update admission_preference set test_at = ?, invited_at = ?"
                + " where case_id = ? and programme_id = ? and invited_at is null")
            .params(ts(firstSlot.plus(TEST_SLOT.multipliedBy(i))), ts(clock.instant()),
                invited.get(i), programme.id())
            .update();
      }
    }
    if (!round.stage().isAtLeast(Stage.TESTING)) {
      store.setStage(roundId, Stage.TESTING);
    }
  }

  // ---- access and helpers ----

  static void requireStaff(KansliaUser user) {
    if (!(user.is(Role.OFFICIAL) || user.is(Role.PRINCIPAL))) {
      throw new AccessDeniedException("Only the municipality's education staff handle admission rounds");
    }
  }

  private static void requireGuardian(KansliaUser user) {
    if (!user.is(Role.GUARDIAN) || user.personId() == null) {
      throw new AccessDeniedException("Only a guardian applies");
    }
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static String iso(Instant instant) {
    return instant.atZone(FINLAND).toOffsetDateTime().toString();
  }
}
