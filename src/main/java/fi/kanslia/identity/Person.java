package fi.kanslia.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person known to the municipality, as features read them.
 *
 * @param home the coordinates of the home's building, or null when the register has none
 */
public record Person(
    UUID id,
    String municipalityCode,
    IdentityCode identityCode,
    String firstName,
    String lastName,
    LocalDate birthDate,
    String language,
    String streetAddress,
    String postalCode,
    String postOffice,
    boolean addressProtected,
    HomeCoordinates home) {

  /** A person whose home has no coordinates in the register. */
  public Person(UUID id, String municipalityCode, IdentityCode identityCode, String firstName,
      String lastName, LocalDate birthDate, String language, String streetAddress,
      String postalCode, String postOffice, boolean addressProtected) {
    this(id, municipalityCode, identityCode, firstName, lastName, birthDate, language,
        streetAddress, postalCode, postOffice, addressProtected, null);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
