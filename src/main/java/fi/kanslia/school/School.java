package fi.kanslia.school;

import java.util.UUID;

/**
 * A school of the municipality.
 *
 * @param location the coordinates of the school's main building, or null when not recorded
 */
public record School(
    UUID id,
    String municipalityCode,
    String nameFi,
    String nameSv,
    String language,
    String streetAddress,
    String postalCode,
    String postOffice,
    String principalName,
    String email,
    String phone,
    Coordinates location) {

  /** A school whose location is not recorded. */
  public School(UUID id, String municipalityCode, String nameFi, String nameSv, String language,
      String streetAddress, String postalCode, String postOffice, String principalName,
      String email, String phone) {
    this(id, municipalityCode, nameFi, nameSv, language, streetAddress, postalCode, postOffice,
        principalName, email, phone, null);
  }

  public String name(String lang) {
    return "sv".equals(lang) ? nameSv : nameFi;
  }
}
