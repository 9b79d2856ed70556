package fi.kanslia.cohort;

/** What other features may ask of cohort assignment. */
public interface CohortAssignments {

  /** The case type of a child's neighbourhood-school case in the case register. */
  String CASE_TYPE = "NEIGHBOURHOOD_SCHOOL";

  /** The decision type of the neighbourhood-school decision (decision-rules DMN). */
  String DECISION_TYPE = "NEIGHBOURHOOD_SCHOOL";

  /**
   * Schedules the neighbourhood school assignment of the children born in the year; returns the
   * run's id. An assignment date today or earlier assigns at once.
   */
  java.util.UUID schedule(fi.kanslia.identity.KansliaUser official, int cohortYear,
      java.time.LocalDate startDate, java.time.LocalDate assignmentDate,
      java.time.LocalDate acceptanceDeadline);
}
