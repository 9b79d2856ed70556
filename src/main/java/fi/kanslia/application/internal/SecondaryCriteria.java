package fi.kanslia.application.internal;

import fi.kanslia.application.SchoolPlaceApplication;
import fi.kanslia.engine.DecisionTables;
import fi.kanslia.identity.HomeCoordinates;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.processes.SecondaryPriorityModel;
import fi.kanslia.school.Coordinates;
import fi.kanslia.school.School;
import fi.kanslia.school.SchoolJourneys;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Where a secondary application stands by the municipality's admission criteria (the
 * secondary-application-priority DMN): the priority group, and the length of the school journey
 * that both the group and the order within it rest on. The official's list and the decision's text
 * take it from here, so that they state the same facts.
 */
@Component
class SecondaryCriteria {

  /**
   * @param priorityGroup 1 first
   * @param distanceMetres the school journey from the child's home to the requested school in whole
   *     metres, or null when the home or the school has no coordinates or no route was found
   */
  record Standing(int priorityGroup, Integer distanceMetres) {}

  private final DecisionTables tables;
  private final People people;
  private final SchoolJourneys journeys;

  SecondaryCriteria(DecisionTables tables, People people, SchoolJourneys journeys) {
    this.tables = tables;
    this.people = people;
    this.journeys = journeys;
  }

  Standing of(SchoolPlaceApplication application, School school) {
    Person child = people.find(application.municipalityCode(), application.childId()).orElseThrow();
    Integer distance = distanceMetres(child.home(), school.location());
    Map<String, Object> input = new HashMap<>();
    input.put(SecondaryPriorityModel.INPUT_SIBLING, application.siblingAtSchool());
    input.put(SecondaryPriorityModel.INPUT_SPECIAL_REASONS, application.specialReasonsConfirmed());
    input.put(SecondaryPriorityModel.INPUT_LANGUAGE_MATCHES,
        school.language().equals(application.languageOfInstruction()));
    if (distance != null) {
      // Left out when unknown: the DMN reads a missing input as null.
      input.put(SecondaryPriorityModel.INPUT_DISTANCE_METRES, distance);
    }
    Object group = tables.evaluateSingle(SecondaryPriorityModel.DECISION_ID, input);
    return new Standing(((Number) group).intValue(), distance);
  }

  /** How the journeys are measured (a straight line or a route), for the texts that state them. */
  SchoolJourneys.Measure measure() {
    return journeys.measure();
  }

  private Integer distanceMetres(HomeCoordinates home, Coordinates school) {
    if (home == null || school == null) {
      return null;
    }
    OptionalInt metres = journeys.lengthMetres(new Coordinates(home.northing(), home.easting()), school);
    return metres.isPresent() ? metres.getAsInt() : null;
  }
}
