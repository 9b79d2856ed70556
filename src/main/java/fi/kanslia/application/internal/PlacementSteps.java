package fi.kanslia.application.internal;

import fi.kanslia.application.SchoolPlaceApplication;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import fi.kanslia.workers.ports.NeighbourhoodSchoolLookup;
import fi.kanslia.workers.ports.SchoolPlacements;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The process steps about the place itself: the neighbourhood school, and the granted place. */
@Component
@Transactional
class PlacementSteps implements NeighbourhoodSchoolLookup, SchoolPlacements {

  private final SchoolPlaceApplications applications;
  private final People people;
  private final Schools schools;
  private final JdbcClient jdbc;

  PlacementSteps(SchoolPlaceApplications applications, People people, Schools schools, JdbcClient jdbc) {
    this.applications = applications;
    this.people = people;
    this.schools = schools;
    this.jdbc = jdbc;
  }

  @Override
  public Result lookup(UUID caseId) {
    SchoolPlaceApplication application = require(caseId);
    String municipality = application.municipalityCode();
    Person child = people.find(municipality, application.childId()).orElseThrow();
    Optional<School> neighbourhood = schools.neighbourhoodSchool(municipality, child.postalCode(),
        application.languageOfInstruction());
    School requested = schools.find(municipality, application.requestedSchoolId()).orElseThrow();
    UUID neighbourhoodId = neighbourhood.map(School::id).orElse(null);
    jdbc.sql("update school_place_application set neighbourhood_school_id = ? where case_id = ?")
        .params(neighbourhoodId, caseId).update();
    return new Result(neighbourhoodId == null ? "" : neighbourhoodId.toString(),
        requested.id().equals(neighbourhoodId),
        requested.language().equals(application.languageOfInstruction()));
  }

  @Override
  public void record(UUID caseId) {
    SchoolPlaceApplication application = require(caseId);
    jdbc.sql("update school_place_application set placed_school_id = ? where case_id = ?")
        .params(application.requestedSchoolId(), caseId).update();
  }

  private SchoolPlaceApplication require(UUID caseId) {
    return applications.find(caseId)
        .orElseThrow(() -> new IllegalStateException("No application for case " + caseId));
  }
}
