package fi.kanslia.school.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.kanslia.school.Coordinates;
import fi.kanslia.school.SchoolJourneys.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded school journey: the straight line in the ETRS-TM35FIN (EPSG:3067) plane. */
class StraightLineJourneysTest {

  private final StraightLineJourneys journeys = new StraightLineJourneys();

  @ParameterizedTest(name = "N{0} E{1} to N{2} E{3}: {4} m")
  @CsvSource({
      "6675000, 378000, 6675000, 381000, 3000",  // 3 km due east
      "6675000, 378000, 6672000, 378000, 3000",  // 3 km due south
      "6672000, 385000, 6675000, 389000, 5000",  // 3 km north and 4 km east
      "6673036, 378234, 6673036, 378234, 0",     // the school's own building
      "6673379, 377968, 6673036, 378234, 434"})  // rounded to the metre (433.9 m)
  void theLengthIsTheStraightLineInMetres(int homeNorthing, int homeEasting, int schoolNorthing,
      int schoolEasting, int metres) {
    Coordinates home = new Coordinates(homeNorthing, homeEasting);
    Coordinates school = new Coordinates(schoolNorthing, schoolEasting);
    assertThat(journeys.lengthMetres(home, school)).hasValue(metres);
    assertThat(journeys.lengthMetres(school, home)).as("either way").hasValue(metres);
    assertThat(journeys.measure()).isEqualTo(Measure.STRAIGHT_LINE);
  }

  /**
   * The plane distance is within 0.25 % of the true distance on the GRS80 ellipsoid anywhere in
   * Finland. The reference distances were computed from the same EPSG:3067 points with PROJ
   * (inverse projection) and GeographicLib (geodesic on the ellipsoid).
   */
  @ParameterizedTest(name = "{0}: {5} m on the ellipsoid")
  @CsvSource({
      "Espoo (near the scale-factor-one line),       6673036, 378234, 6677809, 378836, 4811.87",
      "Mariehamn (western edge: largest scale error), 6683261, 107580, 6685511, 110353, 3565.74",
      "Joensuu (east of the central meridian),        6944173, 641859, 6946392, 644147, 3187.78"})
  void thePlaneDistanceIsAccurateToAQuarterPercentAcrossFinland(String where, int homeNorthing,
      int homeEasting, int schoolNorthing, int schoolEasting, double ellipsoidMetres) {
    int plane = journeys.lengthMetres(new Coordinates(homeNorthing, homeEasting),
        new Coordinates(schoolNorthing, schoolEasting)).orElseThrow();
    assertThat((double) plane).isCloseTo(ellipsoidMetres, within(ellipsoidMetres * 0.0025));
  }

  @Test
  void swappedAxesAreRefused() {
    assertThatThrownBy(() -> new Coordinates(378234, 6673036))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("northing");
  }
}
