/**
 * The ports the workers call. The application implements each of them; every implementation is
 * idempotent (a second call for the same case changes nothing) and throws on technical failure.
 */
package fi.kanslia.workers.ports;
