/**
 * Decisions: the administrative decision taken by an official, its legally complete document
 * (PDF/A, Hallintolaki 44–45 §, with the rectification instruction of its type), the
 * PAdES-BASELINE-T signature, and the notification of each party.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions")
package fi.kanslia.decision;
