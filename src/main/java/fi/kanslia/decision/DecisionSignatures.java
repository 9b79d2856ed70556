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

  /**
   * Extends the signature to PAdES-BASELINE-LTA (validation data and a document time stamp in a
   * new revision), or renews the archive time stamp when its certificate nears its end. Returns the
   * same bytes when there is nothing to do; never changes the signed revision.
   */
  byte[] extendToLongTerm(byte[] pdf);
}
