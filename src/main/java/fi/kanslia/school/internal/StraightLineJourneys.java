package fi.kanslia.school.internal;

import fi.kanslia.school.Coordinates;
import fi.kanslia.school.SchoolJourneys;
import java.util.OptionalInt;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded default: the school journey as the straight line between the home and the school,
 * measured in the ETRS-TM35FIN (EPSG:3067) plane.
 *
 * <p>EPSG:3067 is a transverse Mercator projection with its central meridian at 27° E and scale
 * factor 0.9996, so a plane distance differs from the true (ellipsoidal) distance by the local scale
 * error only: −0.04 % on the central meridian, −0.02 % in Espoo, and at most +0.2 % at Finland's
 * western edge (Åland). At school-journey scales that is well under 1 %, and far less than
 * the difference between a straight line and a walking route, which is why the figure is stated as a
 * straight-line distance ({@link Measure#STRAIGHT_LINE}). It is a lower bound of the real route.
 */
@Component
@ConditionalOnProperty(prefix = "kanslia.school-journey", name = "measure",
    havingValue = "straight-line", matchIfMissing = true)
class StraightLineJourneys implements SchoolJourneys {

  @Override
  public OptionalInt lengthMetres(Coordinates home, Coordinates school) {
    double metres = Math.hypot((double) home.northing() - school.northing(),
        (double) home.easting() - school.easting());
    return OptionalInt.of((int) Math.round(metres));
  }

  @Override
  public Measure measure() {
    return Measure.STRAIGHT_LINE;
  }
}
