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
}
