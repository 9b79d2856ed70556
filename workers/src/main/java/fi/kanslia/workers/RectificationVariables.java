package fi.kanslia.workers;

import java.util.UUID;

/** The variables of a rectification request's process: ids only. */
public record RectificationVariables(String requestId, String caseId, String municipality) {

  public UUID requestUuid() {
    if (requestId == null || requestId.isBlank()) {
      throw new IllegalArgumentException("The job has no requestId variable");
    }
    return UUID.fromString(requestId);
  }
}
