package fi.kanslia.review.internal;

import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.application.SecondaryPlaces;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.Role;
import fi.kanslia.review.ReviewItem;
import fi.kanslia.review.Reviews;
import fi.kanslia.workers.ports.OfficialReviewQueue;
import fi.kanslia.workers.ports.WithdrawnApplications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ReviewService implements Reviews, OfficialReviewQueue, WithdrawnApplications {

  private final JdbcClient jdbc;
  private final SchoolPlaceApplications applications;
  private final SecondaryPlaces secondaryPlaces;
  private final CaseFiles cases;
  private final Decisions decisions;
  private final ProcessCommands engine;
  private final Clock clock;

  ReviewService(JdbcClient jdbc, SchoolPlaceApplications applications, CaseFiles cases,
      Decisions decisions, ProcessCommands engine, Clock clock, SecondaryPlaces secondaryPlaces) {
    this.secondaryPlaces = secondaryPlaces;
    this.jdbc = jdbc;
    this.applications = applications;
    this.cases = cases;
    this.decisions = decisions;
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public void open(UUID caseId, String recommendation) {
    var application = applications.find(caseId)
        .orElseThrow(() -> new IllegalStateException("No application for case " + caseId));
    // A withdrawal that came before the review opened: the item is born closed, never shown.
    String status = cases.lock(caseId).status() == CaseStatus.WITHDRAWN ? "WITHDRAWN" : "OPEN";
    jdbc.sql("insert into review_item (id, municipality_code, case_id, school_id, recommendation,"
            + " status, opened_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing")
        .params(UUID.randomUUID(), application.municipalityCode(), caseId,
            application.requestedSchoolId(), recommendation == null ? "" : recommendation, status,
            Timestamp.from(clock.instant()))
        .update();
    cases.advance(caseId, CaseStatus.IN_REVIEW);
  }

  @Override
  public void close(UUID caseId) {
    jdbc.sql("update review_item set status = 'WITHDRAWN' where case_id = ? and status = 'OPEN'")
        .param(caseId).update();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReviewItem> queue(KansliaUser official) {
    UUID unit = requireUnit(official);
    return jdbc.sql("select * from review_item where municipality_code = ? and school_id = ?"
            + " and status = 'OPEN' order by opened_at")
        .params(official.municipalityCode(), unit).query(ReviewService::item).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReviewItem> recentlyDecided(KansliaUser official, int limit) {
    UUID unit = requireUnit(official);
    return jdbc.sql("select * from review_item where municipality_code = ? and school_id = ?"
            + " and status = 'DECIDED' order by decided_at desc limit ?")
        .params(official.municipalityCode(), unit, limit).query(ReviewService::item).list();
  }

  @Override
  @Transactional(readOnly = true)
  public ReviewItem open(KansliaUser official, UUID itemId) {
    UUID unit = requireUnit(official);
    ReviewItem item = jdbc.sql("select * from review_item where id = ? and municipality_code = ?")
        .params(itemId, official.municipalityCode()).query(ReviewService::item).optional()
        .orElseThrow(() -> new AccessDeniedException("No such work item in your queue"));
    if (!item.schoolId().equals(unit)) {
      throw new AccessDeniedException("The work item belongs to another unit");
    }
    return item;
  }

  @Override
  public void decide(KansliaUser official, UUID itemId, Outcome outcome, String reasoning) {
    decide(official, itemId, outcome, reasoning, false);
  }

  @Override
  public void decide(KansliaUser official, UUID itemId, Outcome outcome, String reasoning,
      boolean waitingList) {
    ReviewItem item = open(official, itemId);
    if (cases.lock(item.caseId()).status() != CaseStatus.IN_REVIEW) {
      throw new IllegalStateException("The application is no longer waiting for a decision");
    }
    int updated = jdbc.sql("update review_item set status = 'DECIDED', decided_at = ?, decided_by = ?"
            + " where id = ? and status = 'OPEN'")
        .params(Timestamp.from(clock.instant()), official.userId(), itemId).update();
    if (updated == 0) {
      throw new IllegalStateException("The work item has already been decided");
    }
    var application = applications.find(item.caseId()).orElseThrow();
    boolean secondary = Decisions.SECONDARY_PLACE.equals(application.decisionType());
    if (secondary && outcome == Outcome.APPROVED) {
      secondaryPlaces.claimPlace(item.caseId());
    } else if (secondary && waitingList) {
      secondaryPlaces.addToWaitingList(item.caseId());
    }
    decisions.take(new TakeDecision(item.municipalityCode(), item.caseId(),
        application.decisionType(), outcome, reasoning, official.userId()));
    cases.advance(item.caseId(), CaseStatus.DECIDED);
    engine.publishMessage(item.municipalityCode(), item.caseId(), DECISION_MESSAGE,
        item.caseId().toString(), "decision-" + item.caseId(), Map.of("outcome", outcome.name()));
  }

  private static UUID requireUnit(KansliaUser official) {
    if (!(official.is(Role.OFFICIAL) || official.is(Role.PRINCIPAL)) || official.schoolId() == null) {
      throw new AccessDeniedException("Only an official of a unit can review applications");
    }
    return official.schoolId();
  }

  private static ReviewItem item(ResultSet rs, int row) throws SQLException {
    return new ReviewItem(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getObject("case_id", UUID.class), rs.getObject("school_id", UUID.class),
        rs.getString("recommendation"), rs.getString("status"),
        rs.getTimestamp("opened_at").toInstant());
  }
}
