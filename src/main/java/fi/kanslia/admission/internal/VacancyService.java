package fi.kanslia.admission.internal;

import fi.kanslia.admission.AdmissionCases;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.processes.AdmissionRoundModel;
import fi.kanslia.school.Schools;
import fi.kanslia.workers.ports.AdmissionRounds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the decisions: the guardians accept or decline a place; at the acceptance deadline the
 * unaccepted places are released; vacant places are offered to the next on the waiting lists, an
 * offer being a case with a decision of its own, until the vacancy closing date.
 */
@Service
@Transactional
class VacancyService {

  /** The days a guardian has to answer an offer of a vacant place. */
  static final int OFFER_ANSWER_DAYS = 7;

  private final JdbcClient jdbc;
  private final AdmissionStore store;
  private final RoundService rounds;
  private final PlacementService placements;
  private final IssuanceService issuance;
  private final AdmissionDecisionWriter writer;
  private final CaseFiles cases;
  private final Schools schools;
  private final Decisions decisions;
  private final ProcessCommands engine;
  private final Clock clock;
  private final String offerTaskClassCode;

  VacancyService(JdbcClient jdbc, AdmissionStore store, RoundService rounds,
      PlacementService placements, IssuanceService issuance, AdmissionDecisionWriter writer,
      CaseFiles cases, Schools schools, Decisions decisions, ProcessCommands engine, Clock clock,
      @Value("${kanslia.records.admission-offer.task-class-code}") String offerTaskClassCode) {
    this.jdbc = jdbc;
    this.store = store;
    this.rounds = rounds;
    this.placements = placements;
    this.issuance = issuance;
    this.writer = writer;
    this.cases = cases;
    this.schools = schools;
    this.decisions = decisions;
    this.engine = engine;
    this.clock = clock;
    this.offerTaskClassCode = offerTaskClassCode;
  }

  // ---- the guardians ----

  /** The guardian accepts or declines the place the decision gave, before the deadline. */
  void answer(KansliaUser guardian, UUID caseId, boolean accept) {
    CaseFile caseFile = rounds.ownCase(guardian, caseId);
    cases.lock(caseFile.id());
    Application application = store.application(guardian.municipalityCode(), caseId).orElseThrow();
    Round round = store.roundForProcessing(application.roundId());
    if (application.placedProgrammeId() == null || decisions.forCase(caseId).isEmpty()) {
      throw new AdmissionInputException("answer", "admission.error.noPlace");
    }
    if (application.answer() != null || round.stage().isAtLeast(Stage.ACCEPTANCE_CLOSED)
        || clock.instant().isAfter(round.acceptanceDeadline())) {
      throw new AdmissionInputException("answer", "admission.error.answerClosed");
    }
    jdbc.sql("update admission_application set answer = ?, answered_at = ? where case_id = ?")
        .params(accept ? "ACCEPTED" : "DECLINED", RoundService.ts(clock.instant()), caseId).update();
  }

  /** The guardian answers an offer of a vacant place, before its deadline. */
  void answerOffer(KansliaUser guardian, UUID offerCaseId, boolean accept) {
    CaseFile caseFile = rounds.ownCase(guardian, offerCaseId);
    cases.lock(caseFile.id());
    AdmissionDecisionWriter.Offer offer = writer.offer(offerCaseId)
        .orElseThrow(() -> new AdmissionInputException("answer", "admission.error.noPlace"));
    if (offer.answer() != null || clock.instant().isAfter(offer.answerDeadline())) {
      throw new AdmissionInputException("answer", "admission.error.answerClosed");
    }
    Instant now = clock.instant();
    jdbc.sql("update admission_offer set answer = ?, answered_at = ? where case_id = ?")
        .params(accept ? "ACCEPTED" : "DECLINED", RoundService.ts(now), offerCaseId).update();
    if (accept) {
      // The better place replaces the one held: that seat becomes vacant for the next offers.
      jdbc.sql("update admission_application set answer = 'MOVED', answered_at = ?"
              + " where case_id = ? and answer = 'ACCEPTED'")
          .params(RoundService.ts(now), offer.applicationCaseId()).update();
      jdbc.sql("update admission_offer set answer = 'DECLINED', answered_at = ?"
              + " where application_case_id = ? and case_id <> ? and answer = 'ACCEPTED'")
          .params(RoundService.ts(now), offer.applicationCaseId(), offerCaseId).update();
    }
    long open = jdbc.sql("select count(*) from admission_offer where round_id = ?"
            + " and offer_round = ? and answer is null")
        .params(offer.roundId(), offer.offerRound()).query(Long.class).single();
    if (open == 0) {
      engine.publishMessage(guardian.municipalityCode(), AdmissionRoundModel.OFFERS_ANSWERED_MESSAGE,
          offer.roundId().toString(), AdmissionRoundModel.OFFERS_ANSWERED_MESSAGE + ":"
              + offer.roundId() + ":" + offer.offerRound(),
          Map.of(AdmissionRoundModel.ANSWERED_OFFER_ROUND_VARIABLE, offer.offerRound()));
    }
  }

  // ---- the process's steps ----

  void releaseUnacceptedPlaces(UUID roundId) {
    Round round = store.lockRound(roundId);
    jdbc.sql("update admission_application set answer = 'RELEASED', answered_at = ?"
            + " where round_id = ? and placed_programme_id is not null and answer is null")
        .params(RoundService.ts(clock.instant()), roundId).update();
    if (!round.stage().isAtLeast(Stage.ACCEPTANCE_CLOSED)) {
      store.setStage(roundId, Stage.ACCEPTANCE_CLOSED);
    }
  }

  /**
   * Offer round {@code offerRound}: earlier offers still unanswered lapse, and every vacant seat
   * goes to the next on its programme's waiting list who has not had an offer of it. A repeated
   * job finds its offers made and reports them again.
   */
  AdmissionRounds.OfferRound offerVacancies(UUID roundId, int offerRound) {
    Round round = store.lockRound(roundId);
    List<Instant> made = jdbc.sql("select answer_deadline from admission_offer where round_id = ?"
            + " and offer_round = ?")
        .params(roundId, offerRound).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    if (!made.isEmpty()) {
      return new AdmissionRounds.OfferRound(true, RoundService.iso(made.getFirst()));
    }
    Instant now = clock.instant();
    jdbc.sql("update admission_offer set answer = 'LAPSED', answered_at = ? where round_id = ?"
            + " and offer_round < ? and answer is null")
        .params(RoundService.ts(now), roundId, offerRound).update();
    // An offer never closes before the round's own acceptance deadline has passed.
    Instant from = now.isAfter(round.acceptanceDeadline()) ? now : round.acceptanceDeadline();
    Instant deadline = from.atZone(RoundService.FINLAND).toLocalDate().plusDays(OFFER_ANSWER_DAYS)
        .atTime(LocalTime.of(16, 0)).atZone(RoundService.FINLAND).toInstant();
    int offers = 0;
    for (Programme programme : store.programmes(roundId)) {
      long held = jdbc.sql("select (select count(*) from admission_application where"
              + " placed_programme_id = ? and answer = 'ACCEPTED')"
              + " + (select count(*) from admission_offer where programme_id = ?"
              + " and (answer = 'ACCEPTED' or answer is null))")
          .params(programme.id(), programme.id()).query(Long.class).single();
      long vacant = programme.capacity() - held;
      Set<UUID> offered = new HashSet<>(jdbc.sql("select application_case_id from admission_offer"
              + " where programme_id = ?").param(programme.id()).query(UUID.class).list());
      for (PlacementService.Entry next : placements.waitingList(roundId, round.publishedRun(),
          programme.id())) {
        if (vacant <= 0) {
          break;
        }
        if (offered.contains(next.caseId()) || holdsBetter(next)) {
          continue;
        }
        offer(round, next, offerRound, deadline);
        vacant--;
        offers++;
      }
    }
    return new AdmissionRounds.OfferRound(offers > 0, offers > 0 ? RoundService.iso(deadline) : null);
  }

  /** Whether the applicant already holds or awaits an offer they ranked at least as high. */
  private boolean holdsBetter(PlacementService.Entry entry) {
    return jdbc.sql("select count(*) from admission_offer o join admission_preference p"
            + " on p.case_id = o.application_case_id and p.programme_id = o.programme_id"
            + " where o.application_case_id = ? and (o.answer = 'ACCEPTED' or o.answer is null)"
            + " and p.rank <= ?")
        .params(entry.caseId(), entry.preferenceRank()).query(Long.class).single() > 0;
  }

  private void offer(Round round, PlacementService.Entry entry, int offerRound, Instant deadline) {
    String m = round.municipalityCode();
    Application application = store.applicationForProcessing(entry.caseId());
    CaseFile caseFile = cases.open(m, schools.municipality(m).casePrefix(),
        AdmissionCases.OFFER_CASE_TYPE, offerTaskClassCode, application.childId());
    jdbc.sql("insert into admission_offer (case_id, round_id, municipality_code,"
            + " application_case_id, programme_id, offer_round, offered_at, answer_deadline)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseFile.id(), round.id(), m, entry.caseId(), entry.programmeId(), offerRound,
            RoundService.ts(clock.instant()), RoundService.ts(deadline))
        .update();
    String language = writer.language(m, caseFile.id());
    issuance.take(round, caseFile.id(), AdmissionCases.ADMISSION, Outcome.APPROVED,
        writer.offerReasoning(language, round, entry.programmeId()));
  }

  /** The waiting lists end; offers already made keep their own deadline. */
  void closeRound(UUID roundId) {
    store.lockRound(roundId);
    store.setStage(roundId, Stage.CLOSED);
  }
}
