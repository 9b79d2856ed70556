/**
 * Notification of decisions: each party with standing is notified separately (HL 56 §); the date
 * on which the notification is deemed received follows from the channel (configuration:
 * electronic on the 3rd day, ordinary letter on the 7th). The embedded default delivers to a local
 * inbox that the guardian sees; the Suomi.fi Messages adapter comes with the delivery issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package fi.kanslia.notification;
