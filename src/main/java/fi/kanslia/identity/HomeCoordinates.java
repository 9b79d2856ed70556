package fi.kanslia.identity;

/**
 * Where a person's home is: the ETRS-TM35FIN (EPSG:3067) coordinates in whole metres of the
 * building of the permanent residence, as the population information system (VTJ) gives them.
 * Used to measure school journeys; never shown, and as private as the address itself.
 */
public record HomeCoordinates(int northing, int easting) {}
