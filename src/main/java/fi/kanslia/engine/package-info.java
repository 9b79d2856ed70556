/**
 * The process engine, seen from the application: commands for Zeebe (start a process, publish a
 * message) are written to an outbox in the same transaction as the business change that causes
 * them, and a relay sends them once the transaction has committed. An engine that is down, or
 * pushes back with RESOURCE_EXHAUSTED, delays a command; it never loses one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process engine")
package fi.kanslia.engine;
