package fi.kanslia.decision;

/** What the official decided on the application. */
public enum Outcome {
  APPROVED,
  REJECTED
}
