package fi.kanslia.support.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** Rows of support_case and hearing_request as the feature's records. */
final class SupportRows {

  private SupportRows() {}

  static SupportCase supportCase(ResultSet rs, int n) throws SQLException {
    Array measures = rs.getArray("measures");
    return new SupportCase(rs.getObject("case_id", UUID.class), rs.getString("municipality_code"),
        rs.getObject("pupil_id", UUID.class), rs.getObject("school_id", UUID.class),
        rs.getString("initiation_reason"), rs.getTimestamp("initiated_at").toInstant(),
        rs.getObject("previous_case_id", UUID.class), Stage.valueOf(rs.getString("stage")),
        rs.getString("support_level"),
        Arrays.stream((String[]) measures.getArray()).map(Measure::valueOf).toList(),
        rs.getString("needs_assessment"), rs.getString("support_plan"),
        rs.getObject("support_start", LocalDate.class), rs.getObject("review_date", LocalDate.class),
        instant(rs, "hearing_closed_at"), instant(rs, "unanswered_recorded_at"),
        instant(rs, "escalated_at"), rs.getObject("follow_up_case_id", UUID.class));
  }

  static HearingRequest hearing(ResultSet rs, int n) throws SQLException {
    return new HearingRequest(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getObject("party_id", UUID.class), rs.getString("party_role"),
        rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
        instant(rs, "reminded_at"), instant(rs, "answered_at"), rs.getString("answer"),
        rs.getObject("answer_recorded_by") != null);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
