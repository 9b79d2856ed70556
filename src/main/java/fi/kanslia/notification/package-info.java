/**
 * Notification of decisions: each party with standing is notified separately (HL 56 §); the date
 * on which the notification is deemed received follows from the channel and its evidence
 * (configuration: electronic on the 3rd day after sending, ordinary letter on the 7th, an
 * evidential notice on the day of retrieval). Every notice is in the recipient's inbox in Kanslia;
 * electronic notices also go through Suomi.fi Messages when it is configured, and letters leave in
 * batches for a printing service ({@link fi.kanslia.notification.LetterBatches}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package fi.kanslia.notification;
