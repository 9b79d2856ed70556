package fi.kanslia.application.internal;

import fi.kanslia.application.ApplicationForm;
import fi.kanslia.application.SchoolPlaceApplication;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Role;
import fi.kanslia.school.Schools;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ApplicationService implements SchoolPlaceApplications {

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final ProcessCommands engine;
  private final Clock clock;
  private final String taskClassCode;

  ApplicationService(JdbcClient jdbc, CaseFiles cases, People people, Schools schools,
      ProcessCommands engine, Clock clock,
      @Value("${kanslia.records.school-place.task-class-code}") String taskClassCode) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.engine = engine;
    this.clock = clock;
    this.taskClassCode = taskClassCode;
  }

  @Override
  @Transactional
  public CaseFile submit(KansliaUser guardian, ApplicationForm form) {
    if (!guardian.is(Role.GUARDIAN) || guardian.personId() == null) {
      throw new AccessDeniedException("Only a guardian can apply");
    }
    String municipality = guardian.municipalityCode();
    if (!people.isGuardianOf(municipality, guardian.personId(), form.childId())) {
      throw new AccessDeniedException("The child is not the applicant's");
    }
    if (schools.find(municipality, form.requestedSchoolId()).isEmpty()) {
      throw new IllegalArgumentException("No such school in the municipality");
    }
    String prefix = schools.municipality(municipality).casePrefix();
    CaseFile caseFile = cases.open(municipality, prefix, CASE_TYPE, taskClassCode, form.childId());
    jdbc.sql("insert into school_place_application (case_id, municipality_code, child_id, guardian_id,"
            + " requested_school_id, start_date, language_of_instruction, sibling_at_school, reason,"
            + " guardian_phone, guardian_email, electronic_consent, submitted_at, grade)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseFile.id(), municipality, form.childId(), guardian.personId(),
            form.requestedSchoolId(), form.startDate(), form.languageOfInstruction(),
            form.siblingAtSchool(), form.reason(), form.guardianPhone(), form.guardianEmail(),
            form.electronicNotificationConsent(), Timestamp.from(clock.instant()), form.grade())
        .update();
    engine.startProcess(municipality, caseFile.id(), START_MESSAGE, caseFile.id().toString(),
        Map.of(
        "caseId", caseFile.id().toString(),
        "municipality", municipality,
        "caseNumber", caseFile.caseNumber(),
        "siblingAtSchool", form.siblingAtSchool()));
    return caseFile;
  }

  @Override
  @Transactional
  public boolean withdraw(KansliaUser guardian, UUID caseId) {
    String municipality = guardian.municipalityCode();
    CaseFile caseFile = cases.find(municipality, caseId)
        .filter(c -> guardian.personId() != null
            && people.isGuardianOf(municipality, guardian.personId(), c.childId()))
        .orElseThrow(() -> new AccessDeniedException("Not a case of the guardian's children"));
    if (!cases.withdraw(caseFile.id())) {
      return false;
    }
    engine.publishMessage(municipality, caseId, WITHDRAWAL_MESSAGE, caseId.toString(),
        "withdrawal-" + caseId, Map.of());
    return true;
  }

  @Override
  @Transactional
  public void placeInRequestedSchool(UUID caseId) {
    jdbc.sql("update school_place_application set placed_school_id = requested_school_id"
            + " where case_id = ?")
        .param(caseId).update();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<SchoolPlaceApplication> find(UUID caseId) {
    return jdbc.sql("select * from school_place_application where case_id = ?").param(caseId)
        .query((rs, n) -> new SchoolPlaceApplication(rs.getObject("case_id", UUID.class),
            rs.getString("municipality_code"), rs.getObject("child_id", UUID.class),
            rs.getObject("guardian_id", UUID.class), rs.getObject("requested_school_id", UUID.class),
            rs.getObject("start_date", java.time.LocalDate.class),
            rs.getString("language_of_instruction"), rs.getBoolean("sibling_at_school"),
            rs.getString("reason"), rs.getString("guardian_email"), rs.getBoolean("electronic_consent"),
            rs.getTimestamp("submitted_at").toInstant(),
            rs.getObject("neighbourhood_school_id", UUID.class),
            rs.getObject("placed_school_id", UUID.class), (Integer) rs.getObject("waiting_position"),
            rs.getString("answer"), rs.getObject("offered_from_case_id", UUID.class),
            rs.getBoolean("special_reasons_confirmed"), rs.getInt("grade")))
        .optional();
  }
}
