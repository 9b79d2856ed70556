/**
 * Delivery of signed decisions to the parties, outside the application.
 *
 * <ul>
 *   <li>{@link fi.kanslia.messages.SuomiFiMessages}: the Suomi.fi Messages REST API (electronic message with the
 *       decision attached, Posti paper fallback, verifiable messages, events as delivery evidence);
 *       {@link fi.kanslia.messages.RestSuomiFiMessages} speaks to the real service,
 *       {@link fi.kanslia.messages.UnconfiguredSuomiFiMessages} fails loudly when nothing is configured.</li>
 *   <li>{@link fi.kanslia.messages.LetterBatch}: ordinary letters (HL 59 §) written as a batch for a printing
 *       service: a window-envelope cover per letter, the signed decision unchanged beside it, and a manifest.</li>
 * </ul>
 *
 * <p>No Spring and no application domain types: the application maps its notices to these records. Personal
 * identity codes and postal addresses never reach a log line or an exception message.
 */
package fi.kanslia.messages;
