package fi.kanslia.decision;

/** Verifies the signature of a decision file against the municipality's trust anchors (EU DSS). */
public interface DecisionSignatures {

  SignatureCheck verify(byte[] pdf);

  /**
   * Verifies the file and returns the evidence to keep with it: EU DSS's ETSI TS 119 102-2
   * validation report (XML). Refuses a file whose signature is not valid now.
   *
   * @throws IllegalStateException if the signature is not valid
   */
  byte[] validationEvidence(byte[] pdf);
}
