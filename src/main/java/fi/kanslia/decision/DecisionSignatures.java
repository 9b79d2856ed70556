package fi.kanslia.decision;

/** Verifies the signature of a decision file against the municipality's trust anchors (EU DSS). */
public interface DecisionSignatures {

  SignatureCheck verify(byte[] pdf);
}
