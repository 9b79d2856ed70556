package fi.kanslia.identity;

import java.time.LocalDate;
import java.util.UUID;

/** A person known to the municipality, as features read them. */
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
    boolean addressProtected) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
