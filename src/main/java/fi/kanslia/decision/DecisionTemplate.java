package fi.kanslia.decision;

import java.util.List;
import java.util.UUID;

/**
 * The part of a decision document that belongs to one decision type: its title, parties, operative
 * text and the party's rights, built from the case's structured data; and who is notified. The
 * decision feature adds what every decision shares (authority, decision maker, reasoning, the legal
 * basis and instruction from the decision rules, publicity) and enforces completeness.
 *
 * <p>Each case family provides a template as a Spring bean for each decision type it issues.
 */
public interface DecisionTemplate {

  /** The decision type this template writes, e.g. {@code SCHOOL_PLACE}. */
  String decisionType();

  /** The language of the decision for the case: the guardian's and the school's, "fi" or "sv". */
  String language(String municipalityCode, UUID caseId);

  /** The type-specific text of the decision, in the decision's language. */
  DecisionText text(DecisionSummary decision);

  /** Everyone to notify, each separately (HL 56 §): guardians, and a pupil aged 15 or over. */
  List<DecisionRecipient> recipients(DecisionSummary decision);

  /** Reusable reasoning texts offered to the decision maker, in order. */
  List<String> reasoningSnippets(String language);

  /**
   * The rules of this decision, given its type's rules (the decision-rules DMN). By default the
   * type's; a template may only make the publicity stricter, e.g. for a decision that amends a
   * confidential one. Anything looser than the type's publicity is ignored.
   */
  default LegalRules rules(LegalRules ofType, DecisionSummary decision) {
    return ofType;
  }

  /**
   * The decision type whose records policy (task class, retention, secrecy period) the archived
   * record follows: by default its own; a decision that amends another is kept like that one.
   */
  default String recordsType(DecisionSummary decision) {
    return decision.decisionType();
  }
}
