/**
 * Official review: the official's work item lives in our database (not in the engine), in the
 * queue of the school the application is for. Deciding stores the decision and queues the
 * message the waiting process instance continues on, in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official review")
package fi.kanslia.review;
