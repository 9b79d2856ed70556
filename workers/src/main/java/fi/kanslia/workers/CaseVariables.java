package fi.kanslia.workers;

import java.util.UUID;

/** The variables every case process carries: ids only, personal data stays in the database. */
public record CaseVariables(String caseId, String municipality, String caseNumber) {

  public UUID caseUuid() {
    if (caseId == null || caseId.isBlank()) {
      throw new IllegalArgumentException("The job has no caseId variable");
    }
    return UUID.fromString(caseId);
  }
}
