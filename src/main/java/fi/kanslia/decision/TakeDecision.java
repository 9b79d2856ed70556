package fi.kanslia.decision;

import java.util.Objects;
import java.util.UUID;

/** The decision maker's act: the type, the outcome and their own reasoning of the facts. */
public record TakeDecision(
    String municipalityCode, UUID caseId, String decisionType, Outcome outcome, String reasoning,
    UUID decidedBy) {

  public TakeDecision {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(decisionType, "decisionType");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decidedBy, "decidedBy");
    if (reasoning == null || reasoning.isBlank()) {
      throw new IllegalArgumentException("A decision needs reasoning (HL 45 §)");
    }
  }
}
