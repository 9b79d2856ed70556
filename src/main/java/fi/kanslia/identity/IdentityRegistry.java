package fi.kanslia.identity;

import java.util.UUID;

/**
 * Adds people, guardianships and accounts. Locally the demo data uses it; in production the
 * population comes from the population information system and staff from the directory.
 */
public interface IdentityRegistry {

  void addPerson(Person person);

  void addGuardianship(String municipalityCode, UUID guardianId, UUID childId);

  /** Adds a login account; the password is stored as a BCrypt hash. */
  UUID addAccount(NewAccount account);

  /** A local login account. */
  record NewAccount(
      String municipalityCode,
      String username,
      String password,
      String displayName,
      Role role,
      UUID personId,
      UUID schoolId,
      String title,
      String phone,
      String email,
      String language) {}
}
