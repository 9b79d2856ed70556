package fi.kanslia.cohort;

/** What other features may ask of cohort assignment. */
public interface CohortAssignments {

  /** The case type of a child's neighbourhood-school case in the case register. */
  String CASE_TYPE = "NEIGHBOURHOOD_SCHOOL";

  /** The decision type of the neighbourhood-school decision (decision-rules DMN). */
  String DECISION_TYPE = "NEIGHBOURHOOD_SCHOOL";
}
