package fi.kanslia.support.internal;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.identity.Person;
import fi.kanslia.workers.ports.SupportSteps;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of support-decision.bpmn that the engine's workers call: opening the human steps,
 * the hearing's requests, reminder and deadline, escalation and the follow-up case. Each is
 * idempotent: a job delivered again after the step moved on changes nothing.
 */
@Service
@Transactional
class SupportProcessSteps implements SupportSteps {

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final SupportService support;
  private final SupportProperties properties;
  private final Clock clock;

  SupportProcessSteps(JdbcClient jdbc, CaseFiles cases, SupportService support,
      SupportProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.support = support;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void open(UUID caseId, Step step) {
    SupportCase sc = support.lock(caseId);
    Stage target = Stage.valueOf(step.name());
    boolean forward = target.ordinal() > sc.stage().ordinal();
    boolean reviewAgain = target == Stage.REVIEW && sc.stage() == Stage.DECIDED;
    if (sc.stage() == Stage.FOLLOWED_UP || !(forward || reviewAgain)) {
      return; // a job delivered again after the step moved on
    }
    jdbc.sql("update support_case set stage = ? where case_id = ?").params(target.name(), caseId)
        .update();
    cases.advance(caseId, CaseStatus.IN_REVIEW);
  }

  @Override
  public void recordGroupSupport(UUID caseId) {
    support.lock(caseId);
    jdbc.sql("update support_case set stage = 'GROUP_SUPPORT' where case_id = ?").param(caseId)
        .update();
    cases.advance(caseId, CaseStatus.CLOSED);
  }

  @Override
  public Hearing sendHearingRequest(UUID caseId) {
    SupportCase sc = support.lock(caseId);
    Instant requestedAt = jdbc.sql("select min(requested_at) from hearing_request where case_id = ?")
        .param(caseId).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(clock.instant());
    ZonedDateTime deadline = requestedAt.atZone(SupportService.FINLAND).toLocalDate()
        .plusDays(properties.hearingDays()).atTime(SupportService.END_OF_DAY).atZone(SupportService.FINLAND);
    for (Person party : support.partiesToHear(sc)) {
      jdbc.sql("insert into hearing_request (id, municipality_code, case_id, party_id, party_role,"
              + " requested_at, deadline) values (?, ?, ?, ?, ?, ?, ?)"
              + " on conflict (case_id, party_id) do nothing")
          .params(UUID.randomUUID(), sc.municipalityCode(), caseId, party.id(),
              party.id().equals(sc.pupilId()) ? "PUPIL" : "GUARDIAN", Timestamp.from(requestedAt),
              Timestamp.from(deadline.toInstant()))
          .update();
    }
    if (sc.stage().ordinal() < Stage.HEARING.ordinal()) {
      jdbc.sql("update support_case set stage = 'HEARING' where case_id = ?").param(caseId).update();
    }
    return Hearing.of(deadline.toOffsetDateTime(),
        deadline.minusDays(properties.reminderDaysBefore()).toOffsetDateTime());
  }

  @Override
  public void sendHearingReminder(UUID caseId) {
    jdbc.sql("update hearing_request set reminded_at = ? where case_id = ? and answered_at is null"
            + " and reminded_at is null")
        .params(support.now(), caseId).update();
  }

  @Override
  public void recordUnansweredHearing(UUID caseId) {
    jdbc.sql("update support_case set unanswered_recorded_at = ? where case_id = ?"
            + " and unanswered_recorded_at is null and hearing_closed_at is null")
        .params(support.now(), caseId).update();
  }

  @Override
  public void escalateOverdueDecision(UUID caseId) {
    jdbc.sql("update support_case set escalated_at = ? where case_id = ? and escalated_at is null")
        .params(support.now(), caseId).update();
  }

  @Override
  public void openFollowUpCase(UUID caseId) {
    SupportCase sc = support.lock(caseId);
    if (sc.followUpCaseId() != null) {
      return;
    }
    CaseFile next = support.open(sc.municipalityCode(), sc.pupilId(), sc.schoolId(),
        initiator(caseId), sc.initiationReason(), caseId);
    jdbc.sql("update support_case set follow_up_case_id = ?, stage = 'FOLLOWED_UP' where case_id = ?")
        .params(next.id(), caseId).update();
  }

  private UUID initiator(UUID caseId) {
    return jdbc.sql("select initiated_by from support_case where case_id = ?").param(caseId)
        .query(UUID.class).single();
  }
}
