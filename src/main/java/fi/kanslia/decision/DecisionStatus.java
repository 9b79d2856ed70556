package fi.kanslia.decision;

/** How far a decision has come from the official's act to the archive. */
public enum DecisionStatus {
  DECIDED,
  ISSUED,
  SIGNED,
  NOTIFIED,
  ARCHIVED
}
