package fi.kanslia.workers.ports;

import java.util.UUID;

/** Finds the neighbourhood school of the child a case is about. */
public interface NeighbourhoodSchoolLookup {

  /** Output variables of the find-neighbourhood-school step. */
  record Result(
      String neighbourhoodSchoolId,
      boolean requestedIsNeighbourhoodSchool,
      boolean languageMatches) {}

  Result lookup(UUID caseId);
}
