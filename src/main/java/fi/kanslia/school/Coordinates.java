package fi.kanslia.school;

/**
 * A point in ETRS-TM35FIN (EPSG:3067), the plane coordinates the population information system
 * (VTJ) gives a building and the municipality's maps use: whole metres north and east.
 *
 * <p>Finland lies within northing 6,600,000–7,800,000 and easting 50,000–760,000; the ranges
 * accepted here are wider but still refuse the axes swapped (a northing has seven digits, an
 * easting six).
 */
public record Coordinates(int northing, int easting) {

  public Coordinates {
    if (northing < 6_000_000 || northing > 8_000_000) {
      throw new IllegalArgumentException("Not an ETRS-TM35FIN northing: " + northing);
    }
    if (easting < 0 || easting > 1_000_000) {
      throw new IllegalArgumentException("Not an ETRS-TM35FIN easting: " + easting);
    }
  }
}
