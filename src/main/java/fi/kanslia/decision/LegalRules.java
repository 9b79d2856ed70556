package fi.kanslia.decision;

import java.util.List;

/**
 * What the law attaches to a decision type, from the decision-rules DMN that lawyers maintain:
 * the provisions applied, the remedy and its authority and period, and the publicity.
 *
 * @param instructionKind "RECTIFICATION" or "APPEAL"
 * @param authority the authority the remedy is addressed to, with its contact details
 * @param publicityClass "PUBLIC", "PARTLY_CONFIDENTIAL" or "CONFIDENTIAL"
 * @param publicityLegalBasis the confidentiality ground, blank when public
 */
public record LegalRules(
    String decisionType,
    List<String> provisions,
    String instructionKind,
    Authority authority,
    int periodDays,
    String instructionLegalBasis,
    String publicityClass,
    String publicityLegalBasis) {

  public LegalRules {
    provisions = List.copyOf(provisions);
  }

  public boolean confidential() {
    return !"PUBLIC".equals(publicityClass);
  }

  /**
   * These rules with the publicity of the other rules when that is stricter: a decision about a
   * confidential matter stays confidential whatever its own type says.
   */
  public LegalRules withPublicityAtLeastOf(LegalRules other) {
    if (!other.confidential() || confidential()) {
      return this;
    }
    return new LegalRules(decisionType, provisions, instructionKind, authority, periodDays,
        instructionLegalBasis, other.publicityClass, other.publicityLegalBasis);
  }

  /** An authority that receives rectification requests or appeals. */
  public record Authority(String id, String nameFi, String nameSv, String postalAddress,
      String email) {

    public String name(String language) {
      return "sv".equals(language) ? nameSv : nameFi;
    }
  }
}
