package fi.kanslia.workers;

import fi.kanslia.workers.ports.AdmissionRounds;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the admission round to emphasised teaching. Human work (applications,
 * scores, the review of a placement run, the guardians' answers) happens in the application's
 * database; these steps act on the whole round, keyed by the round id and the numbers the process
 * counts.
 */
@Component
public class AdmissionRoundWorkers {

  public static final String OPEN_APPLICATIONS = "open-applications";
  public static final String CLOSE_APPLICATIONS = "close-applications";
  public static final String INVITE_TO_APTITUDE_TESTS = "invite-to-aptitude-tests";
  public static final String RUN_PLACEMENT = "run-placement";
  public static final String ISSUE_ADMISSION_DECISIONS = "issue-admission-decisions";
  public static final String RELEASE_UNACCEPTED_PLACES = "release-unaccepted-places";
  public static final String OFFER_VACANCIES = "offer-vacancies";
  public static final String CLOSE_ROUND = "close-round";

  private final AdmissionRounds port;

  public AdmissionRoundWorkers(AdmissionRounds port) {
    this.port = port;
  }

  /** The variables of a round's process: ids and counters only. */
  public record RoundVariables(String roundId, String municipality, Integer placementRun,
      Integer offerRound) {

    UUID roundUuid() {
      if (roundId == null || roundId.isBlank()) {
        throw new IllegalArgumentException("The job has no roundId variable");
      }
      return UUID.fromString(roundId);
    }

    int requirePlacementRun() {
      if (placementRun == null) {
        throw new IllegalArgumentException("The job has no placementRun variable");
      }
      return placementRun;
    }

    int requireOfferRound() {
      if (offerRound == null) {
        throw new IllegalArgumentException("The job has no offerRound variable");
      }
      return offerRound;
    }
  }

  @JobWorker(type = OPEN_APPLICATIONS)
  public void openApplications(@VariablesAsType RoundVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.openApplications(variables.roundUuid()));
  }

  @JobWorker(type = CLOSE_APPLICATIONS)
  public void closeApplications(@VariablesAsType RoundVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.closeApplications(variables.roundUuid()));
  }

  @JobWorker(type = INVITE_TO_APTITUDE_TESTS)
  public void inviteToAptitudeTests(@VariablesAsType RoundVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.inviteToAptitudeTests(variables.roundUuid()));
  }

  @JobWorker(type = RUN_PLACEMENT)
  public void runPlacement(@VariablesAsType RoundVariables variables, ActivatedJob job) {
    RetryPolicy.run(job,
        () -> port.runPlacement(variables.roundUuid(), variables.requirePlacementRun()));
  }

  @JobWorker(type = ISSUE_ADMISSION_DECISIONS)
  public void issueAdmissionDecisions(@VariablesAsType RoundVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.issueAdmissionDecisions(variables.roundUuid(),
        variables.requirePlacementRun()));
  }

  @JobWorker(type = RELEASE_UNACCEPTED_PLACES)
  public void releaseUnacceptedPlaces(@VariablesAsType RoundVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.releaseUnacceptedPlaces(variables.roundUuid()));
  }

  @JobWorker(type = OFFER_VACANCIES)
  public AdmissionRounds.OfferRound offerVacancies(@VariablesAsType RoundVariables variables,
      ActivatedJob job) {
    return RetryPolicy.call(job,
        () -> port.offerVacancies(variables.roundUuid(), variables.requireOfferRound()));
  }

  @JobWorker(type = CLOSE_ROUND)
  public void closeRound(@VariablesAsType RoundVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.closeRound(variables.roundUuid()));
  }
}
