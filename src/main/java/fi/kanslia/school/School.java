package fi.kanslia.school;

import java.util.UUID;

/** A school of the municipality. */
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
    String phone) {

  public String name(String lang) {
    return "sv".equals(lang) ? nameSv : nameFi;
  }
}
