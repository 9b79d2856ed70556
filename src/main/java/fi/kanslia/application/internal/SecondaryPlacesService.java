package fi.kanslia.application.internal;

import fi.kanslia.application.SchoolPlaceApplication;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.application.SecondaryPlaces;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Role;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.school.School;
import fi.kanslia.school.SchoolJourneys;
import fi.kanslia.school.Schools;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Secondary places, their order, the waiting list and the guardian's answer. */
@Service
@Transactional
class SecondaryPlacesService implements SecondaryPlaces {

  private static final String SECONDARY = " and neighbourhood_school_id is not null"
      + " and neighbourhood_school_id <> requested_school_id";
  private static final String OF_SCHOOL_YEAR = " municipality_code = ? and requested_school_id = ?"
      + " and extract(year from start_date) = ? and grade = ?";

  /**
   * The criteria's order: the priority group (siblings, confirmed special reasons, a short school
   * journey, language); within it the shorter school journey, an unknown one after the known; then
   * the earlier application.
   */
  private static final Comparator<Ranked> IN_ORDER = Comparator.comparingInt(Ranked::priorityGroup)
      .thenComparing(Ranked::distanceMetres, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Ranked::submittedAt);

  private final JdbcClient jdbc;
  private final SchoolPlaceApplications applications;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final SecondaryCriteria criteria;
  private final ProcessCommands engine;
  private final Clock clock;
  private final String taskClassCode;

  SecondaryPlacesService(JdbcClient jdbc, SchoolPlaceApplications applications, CaseFiles cases,
      People people, Schools schools, SecondaryCriteria criteria, ProcessCommands engine, Clock clock,
      @Value("${kanslia.records.school-place.task-class-code}") String taskClassCode) {
    this.jdbc = jdbc;
    this.applications = applications;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.criteria = criteria;
    this.engine = engine;
    this.clock = clock;
    this.taskClassCode = taskClassCode;
  }

  @Override
  public void setPlaces(KansliaUser official, int schoolYear, int grade, int places) {
    UUID school = unitOf(official);
    if (grade < 1 || grade > 9) {
      throw new InputRefusedException("grade", "secondary.error.grade");
    }
    if (places < 0 || places > 1000) {
      throw new InputRefusedException("places", "secondary.error.places");
    }
    jdbc.sql("insert into secondary_places (municipality_code, school_id, grade, school_year, places)"
            + " values (?, ?, ?, ?, ?) on conflict (school_id, grade, school_year)"
            + " do update set places = excluded.places")
        .params(official.municipalityCode(), school, grade, schoolYear, places).update();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Integer> grades(String municipalityCode, UUID schoolId, int schoolYear) {
    return jdbc.sql("select grade from secondary_places where municipality_code = ? and school_id = ?"
            + " and school_year = ? union select grade from school_place_application"
            + " where municipality_code = ? and requested_school_id = ?"
            + " and extract(year from start_date) = ? and waiting_position is not null order by 1")
        .params(municipalityCode, schoolId, schoolYear, municipalityCode, schoolId, schoolYear)
        .query(Integer.class).list();
  }

  @Override
  @Transactional(readOnly = true)
  public Capacity capacity(String municipalityCode, UUID schoolId, int schoolYear, int grade) {
    Integer places = jdbc.sql("select places from secondary_places where municipality_code = ?"
            + " and school_id = ? and grade = ? and school_year = ?")
        .params(municipalityCode, schoolId, grade, schoolYear).query(Integer.class).optional()
        .orElse(null);
    int taken = jdbc.sql("select count(*) from school_place_application where" + OF_SCHOOL_YEAR
            + SECONDARY + " and placed_school_id = requested_school_id"
            + " and answer is distinct from 'DECLINED'")
        .params(municipalityCode, schoolId, schoolYear, grade).query(Integer.class).single();
    return new Capacity(places, taken);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Ranked> ranking(String municipalityCode, UUID schoolId, int schoolYear, int grade) {
    School school = schools.find(municipalityCode, schoolId).orElseThrow();
    List<UUID> pending = jdbc.sql("select case_id from school_place_application where"
            + OF_SCHOOL_YEAR + SECONDARY + " and placed_school_id is null")
        .params(municipalityCode, schoolId, schoolYear, grade).query(UUID.class).list();
    return pending.stream()
        .filter(caseId -> cases.findForProcessing(caseId)
            .map(c -> c.status() == CaseStatus.IN_REVIEW).orElse(false))
        .map(caseId -> applications.find(caseId).orElseThrow())
        .map(a -> ranked(a, criteria.of(a, school)))
        .sorted(IN_ORDER)
        .toList();
  }

  private static Ranked ranked(SchoolPlaceApplication a, SecondaryCriteria.Standing standing) {
    return new Ranked(a.caseId(), a.childId(), standing.priorityGroup(), standing.distanceMetres(),
        a.submittedAt());
  }

  @Override
  public SchoolJourneys.Measure journeyMeasure() {
    return criteria.measure();
  }

  @Override
  public void confirmSpecialReasons(KansliaUser official, UUID caseId, boolean confirmed) {
    UUID school = unitOf(official);
    SchoolPlaceApplication a = applications.find(caseId)
        .filter(app -> app.municipalityCode().equals(official.municipalityCode())
            && app.requestedSchoolId().equals(school))
        .orElseThrow(() -> new AccessDeniedException("Not an application to your school"));
    jdbc.sql("update school_place_application set special_reasons_confirmed = ? where case_id = ?")
        .params(confirmed, a.caseId()).update();
  }

  @Override
  public void claimPlace(UUID caseId) {
    SchoolPlaceApplication a = applications.find(caseId)
        .orElseThrow(() -> new IllegalArgumentException("No application " + caseId));
    lockSchool(a.requestedSchoolId());
    if (a.requestedSchoolId().equals(a.placedSchoolId())) {
      return;
    }
    if (capacity(a.municipalityCode(), a.requestedSchoolId(), a.startDate().getYear(), a.grade())
        .left() <= 0) {
      throw new InputRefusedException("outcome", "secondary.error.full");
    }
    jdbc.sql("update school_place_application set placed_school_id = requested_school_id"
        + " where case_id = ?").param(caseId).update();
  }

  private void lockSchool(UUID schoolId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(schoolId.toString())
        .query(Object.class).single();
  }

  @Override
  public int addToWaitingList(UUID caseId) {
    SchoolPlaceApplication a = jdbc.sql("select case_id from school_place_application where"
            + " case_id = ? for update").param(caseId).query(UUID.class).optional()
        .flatMap(applications::find)
        .orElseThrow(() -> new IllegalArgumentException("No application " + caseId));
    if (a.waitingPosition() != null) {
      return a.waitingPosition();
    }
    lockSchool(a.requestedSchoolId());
    int position = jdbc.sql("select coalesce(max(waiting_position), 0) + 1 from"
            + " school_place_application where" + OF_SCHOOL_YEAR)
        .params(a.municipalityCode(), a.requestedSchoolId(), a.startDate().getYear(), a.grade())
        .query(Integer.class).single();
    jdbc.sql("update school_place_application set waiting_position = ? where case_id = ?")
        .params(position, caseId).update();
    return position;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Waiting> waitingList(String municipalityCode, UUID schoolId, int schoolYear,
      int grade) {
    return jdbc.sql("select a.case_id, a.child_id, a.waiting_position, exists (select 1 from"
            + " school_place_application o where o.offered_from_case_id = a.case_id) as offered"
            + " from school_place_application a where a.municipality_code = ?"
            + " and a.requested_school_id = ? and extract(year from a.start_date) = ?"
            + " and a.grade = ? and a.waiting_position is not null order by a.waiting_position")
        .params(municipalityCode, schoolId, schoolYear, grade)
        .query((rs, n) -> new Waiting(rs.getObject("case_id", UUID.class),
            rs.getObject("child_id", UUID.class), rs.getInt("waiting_position"),
            rs.getBoolean("offered")))
        .list();
  }

  @Override
  public void answer(KansliaUser guardian, UUID caseId, boolean accept) {
    SchoolPlaceApplication a = applications.find(caseId)
        .filter(app -> guardian.is(Role.GUARDIAN) && guardian.personId() != null
            && app.municipalityCode().equals(guardian.municipalityCode())
            && people.isGuardianOf(app.municipalityCode(), guardian.personId(), app.childId()))
        .orElseThrow(() -> new AccessDeniedException("Not a case of the guardian's children"));
    if (!a.requestedSchoolId().equals(a.placedSchoolId())) {
      throw new InputRefusedException("answer", "secondary.error.noPlace");
    }
    int updated = jdbc.sql("update school_place_application set answer = ?, answered_at = ?"
            + " where case_id = ? and answer is null")
        .params(accept ? "ACCEPTED" : "DECLINED", Timestamp.from(clock.instant()), caseId).update();
    if (updated == 0) {
      throw new InputRefusedException("answer", "secondary.error.answered");
    }
  }

  @Override
  public Optional<CaseFile> offerFreedPlace(KansliaUser official, int schoolYear, int grade) {
    UUID school = unitOf(official);
    String m = official.municipalityCode();
    lockSchool(school);
    if (capacity(m, school, schoolYear, grade).left() <= 0) {
      throw new InputRefusedException("offer", "secondary.error.noFreePlace");
    }
    Optional<Waiting> next = waitingList(m, school, schoolYear, grade).stream()
        .filter(w -> !w.offered()).findFirst();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    SchoolPlaceApplication from = applications.find(next.get().caseId()).orElseThrow();
    CaseFile caseFile = cases.open(m, schools.municipality(m).casePrefix(),
        SchoolPlaceApplications.CASE_TYPE, taskClassCode, from.childId());
    jdbc.sql("insert into school_place_application (case_id, municipality_code, child_id,"
            + " guardian_id, requested_school_id, start_date, language_of_instruction,"
            + " sibling_at_school, reason, guardian_phone, guardian_email, electronic_consent,"
            + " submitted_at, offered_from_case_id, grade) select ?, municipality_code, child_id,"
            + " guardian_id, requested_school_id, start_date, language_of_instruction,"
            + " sibling_at_school, reason, guardian_phone, guardian_email, electronic_consent, ?,"
            + " case_id, grade from school_place_application where case_id = ?")
        .params(caseFile.id(), Timestamp.from(clock.instant()), from.caseId()).update();
    engine.startProcess(m, caseFile.id(), SchoolPlaceApplications.START_MESSAGE,
        caseFile.id().toString(), Map.of("caseId", caseFile.id().toString(), "municipality", m,
            "caseNumber", caseFile.caseNumber(), "siblingAtSchool", from.siblingAtSchool()));
    return Optional.of(caseFile);
  }

  private static UUID unitOf(KansliaUser official) {
    if (!(official.is(Role.OFFICIAL) || official.is(Role.PRINCIPAL)) || official.schoolId() == null) {
      throw new AccessDeniedException("Only an official of a school sets its places");
    }
    return official.schoolId();
  }
}
