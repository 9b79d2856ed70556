/**
 * Neighbourhood school assignment for an age cohort (PoL 628/1998 6 §, 28 §): on the assignment
 * date every child of the cohort gets a neighbourhood school by catchment area and language of
 * instruction, and a decision on it; guardians accept the place or apply elsewhere (a secondary
 * application is a school-place application of its own) before the acceptance deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cohort assignment")
package fi.kanslia.cohort;
