package fi.kanslia.admission.internal;

import fi.kanslia.placement.Applicant;
import fi.kanslia.placement.PlacementRound;
import fi.kanslia.placement.Score;
import fi.kanslia.processes.AdmissionCriteriaModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the placement module's round from a round's applications: opaque applicant ids (the case
 * ids, no personal data), programme ids, and per preference the priority class the admission
 * criteria give. Placement ranks a higher class first and the criteria a lower group first, so
 * {@code priorityClass = LOWEST_PRIORITY_GROUP − priorityGroup}; preferences where the applicant is
 * not eligible (below the minimum score, or absent from the test) are left out.
 */
final class PlacementRounds {

  /** The category of reserved seats (special reasons, e.g. a statement of need). */
  static final String RESERVE_CATEGORY = "special-reasons";

  private PlacementRounds() {}

  /** The admission criteria: the priority group of an eligible applicant, empty if not eligible. */
  interface Criteria {
    OptionalInt priorityGroup(String programmeType, BigDecimal score, boolean siblingInProgramme,
        boolean neighbourhoodSchool);
  }

  /** An application with its preferences in rank order and the child's neighbourhood school. */
  record Candidate(UUID caseId, List<Preference> preferences, UUID neighbourhoodSchoolId) {}

  static PlacementRound build(int maxPreferences, List<Programme> programmes,
      List<Candidate> candidates, Criteria criteria) {
    Map<UUID, Programme> byId = programmes.stream()
        .collect(Collectors.toMap(Programme::id, Function.identity()));
    List<fi.kanslia.placement.Programme> placementProgrammes = programmes.stream()
        .map(p -> p.reservedSeats() > 0
            ? fi.kanslia.placement.Programme.withQuota(p.id().toString(), p.capacity(),
                RESERVE_CATEGORY, p.reservedSeats())
            : fi.kanslia.placement.Programme.of(p.id().toString(), p.capacity()))
        .toList();
    List<Applicant> applicants = new ArrayList<>();
    for (Candidate candidate : candidates) {
      List<fi.kanslia.placement.Preference> preferences = new ArrayList<>();
      for (Preference preference : candidate.preferences()) {
        Programme programme = byId.get(preference.programmeId());
        if (preference.absent() || preference.score() == null) {
          continue;
        }
        OptionalInt group = criteria.priorityGroup(programme.programmeType(), preference.score(),
            preference.siblingInProgramme(),
            programme.schoolId().equals(candidate.neighbourhoodSchoolId()));
        if (group.isEmpty()) {
          continue;
        }
        preferences.add(new fi.kanslia.placement.Preference(programme.id().toString(),
            priorityClass(group.getAsInt()), Score.of(preference.score()),
            preference.reservedEligible() && programme.reservedSeats() > 0));
      }
      applicants.add(new Applicant(candidate.caseId().toString(), preferences));
    }
    return new PlacementRound(maxPreferences, placementProgrammes, applicants);
  }

  static int priorityClass(int priorityGroup) {
    if (priorityGroup < 1 || priorityGroup > AdmissionCriteriaModel.LOWEST_PRIORITY_GROUP) {
      throw new IllegalStateException("The admission criteria gave priority group " + priorityGroup
          + ", outside 1.." + AdmissionCriteriaModel.LOWEST_PRIORITY_GROUP);
    }
    return AdmissionCriteriaModel.LOWEST_PRIORITY_GROUP - priorityGroup;
  }
}
