package fi.kanslia.decision;

import java.util.List;

/**
 * The type-specific text of a decision.
 *
 * @param title the document title, e.g. "Päätös koulupaikasta"
 * @param decidingBody the body within the municipality that decides, e.g. "Perusopetus, Kuusikallion koulu"
 * @param parties the parties directly affected (HL 44 § 1 mom 2 k)
 * @param decision the operative text
 * @param rightsAndObligations what the parties are entitled or obliged to do (HL 44 § 1 mom 3 k)
 */
public record DecisionText(
    String title,
    String decidingBody,
    List<Party> parties,
    String decision,
    String rightsAndObligations) {

  public DecisionText {
    parties = parties == null ? List.of() : List.copyOf(parties);
  }

  /** A party and their role in the case, e.g. "Oppilas", "Huoltaja". */
  public record Party(String name, String role) {}
}
