package fi.kanslia.admission.internal;

import fi.kanslia.workers.ports.AdmissionRounds;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The admission round's process steps, each idempotent, by the service that owns the data. */
@Component
class AdmissionRoundSteps implements AdmissionRounds {

  private final RoundService rounds;
  private final PlacementService placements;
  private final IssuanceService issuance;
  private final VacancyService vacancies;

  AdmissionRoundSteps(RoundService rounds, PlacementService placements, IssuanceService issuance,
      VacancyService vacancies) {
    this.rounds = rounds;
    this.placements = placements;
    this.issuance = issuance;
    this.vacancies = vacancies;
  }

  @Override
  public void openApplications(UUID roundId) {
    rounds.openApplications(roundId);
  }

  @Override
  public void closeApplications(UUID roundId) {
    rounds.closeApplications(roundId);
  }

  @Override
  public void inviteToAptitudeTests(UUID roundId) {
    rounds.inviteToAptitudeTests(roundId);
  }

  @Override
  public void runPlacement(UUID roundId, int placementRun) {
    placements.runPlacement(roundId, placementRun);
  }

  @Override
  public void issueAdmissionDecisions(UUID roundId, int placementRun) {
    issuance.issueDecisions(roundId, placementRun);
  }

  @Override
  public void releaseUnacceptedPlaces(UUID roundId) {
    vacancies.releaseUnacceptedPlaces(roundId);
  }

  @Override
  public OfferRound offerVacancies(UUID roundId, int offerRound) {
    return vacancies.offerVacancies(roundId, offerRound);
  }

  @Override
  public void closeRound(UUID roundId) {
    vacancies.closeRound(roundId);
  }
}
