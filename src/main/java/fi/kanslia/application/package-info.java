/**
 * Applications: a guardian applies for a school place for their child. Submitting commits the
 * application with a case number before the guardian sees the confirmation; the process start is
 * queued in the same transaction (see {@link fi.kanslia.engine}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package fi.kanslia.application;
