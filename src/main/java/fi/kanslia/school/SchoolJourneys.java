package fi.kanslia.school;

import java.util.OptionalInt;

/**
 * The length of the school journey from a child's home to a school (koulumatka, PoL 6 §, 32 §),
 * which the criteria of secondary applications weigh.
 *
 * <p>The embedded default is the straight line between the two points; a municipality that has a
 * routing service (for example the route length along the Digiroad network) provides its own
 * implementation as a bean and selects it with {@code kanslia.school-journey.measure}.
 */
public interface SchoolJourneys {

  /** How the length is measured, so that a decision can say what its figure means. */
  enum Measure {
    /** The straight line between the home and the school (linnuntie). */
    STRAIGHT_LINE,
    /** Along a route of the road and path network. */
    ROUTE
  }

  /**
   * The journey's length in whole metres, or empty when it cannot be known (for example when a
   * routing service finds no route).
   */
  OptionalInt lengthMetres(Coordinates home, Coordinates school);

  Measure measure();
}
