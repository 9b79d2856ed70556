/**
 * Schools: the municipality's schools, their language of instruction and catchment areas
 * (which school is a child's neighbourhood school, PoL 6 §), their locations, and the length of a
 * school journey ({@link fi.kanslia.school.SchoolJourneys}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schools")
package fi.kanslia.school;
