package fi.kanslia.workers.ports;

import java.util.UUID;

/**
 * The application's side of the admission round to emphasised teaching (admission-round.bpmn),
 * keyed by the round id. Every step is idempotent: the engine may deliver a job again after a
 * crash or a timeout, and the run and offer-round numbers the process counts key the repeated
 * steps.
 */
public interface AdmissionRounds {

  /** Opens the round's programmes for applications. */
  void openApplications(UUID roundId);

  /** Closes the round for applications. */
  void closeApplications(UUID roundId);

  /** Gives every applicant a time slot for the aptitude test of each programme they applied to. */
  void inviteToAptitudeTests(UUID roundId);

  /** Places the round with its seed and stores the result as run {@code placementRun}. */
  void runPlacement(UUID roundId, int placementRun);

  /**
   * Takes one decision per application from run {@code placementRun} (admission or the waiting
   * list) and starts its issuance; skips applications that already have their decision.
   */
  void issueAdmissionDecisions(UUID roundId, int placementRun);

  /** Releases the places declined or not accepted by the acceptance deadline. */
  void releaseUnacceptedPlaces(UUID roundId);

  /** Offers every vacant place to the next applicant on its waiting list. */
  OfferRound offerVacancies(UUID roundId, int offerRound);

  /** Ends the waiting lists: offers still unanswered lapse, the round is closed. */
  void closeRound(UUID roundId);

  /**
   * What an offer round did, as process variables.
   *
   * @param vacanciesLeft true when at least one offer now awaits an answer
   * @param offerAnswerDeadline when the offers lapse (ISO-8601 date-time with offset); null when
   *     no offer was made
   */
  record OfferRound(boolean vacanciesLeft, String offerAnswerDeadline) {}
}
