package fi.kanslia.audit;

import java.util.Objects;

/**
 * One audited act. The actor is an account name, never a personal identity code; the purpose says
 * why the data was used.
 */
public record AuditEvent(
    String municipalityCode,
    String actor,
    String action,
    String objectType,
    String objectId,
    String purpose) {

  public AuditEvent {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(purpose, "purpose");
  }
}
