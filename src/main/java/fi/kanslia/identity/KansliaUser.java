package fi.kanslia.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The logged-in user as features see it, whatever the login was.
 *
 * @param personId the person a guardian is (null for staff)
 * @param schoolId the unit an official or principal serves (null for others)
 */
public record KansliaUser(
    UUID userId,
    String username,
    String displayName,
    Role role,
    String municipalityCode,
    UUID personId,
    UUID schoolId,
    String language) implements Serializable {

  public KansliaUser {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(municipalityCode, "municipalityCode");
  }

  public boolean is(Role expected) {
    return role == expected;
  }

  public Optional<UUID> person() {
    return Optional.ofNullable(personId);
  }

  public Optional<UUID> school() {
    return Optional.ofNullable(schoolId);
  }

  /** What the audit log names as the actor: the account, never a personal identity code. */
  public String auditName() {
    return username + " (" + userId + ")";
  }
}
