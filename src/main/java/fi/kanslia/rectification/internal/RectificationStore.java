package fi.kanslia.rectification.internal;

import fi.kanslia.rectification.RectificationRequest;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rectification_request rows. */
@Component
class RectificationStore {

  private final JdbcClient jdbc;

  RectificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<RectificationRequest> find(UUID id) {
    return jdbc.sql("select * from rectification_request where id = ?").param(id)
        .query(RectificationStore::request).optional();
  }

  /** The request, locked for the rest of the caller's transaction. */
  RectificationRequest lock(UUID id) {
    return jdbc.sql("select * from rectification_request where id = ? for update").param(id)
        .query(RectificationStore::request).optional()
        .orElseThrow(() -> new IllegalStateException("No rectification request " + id));
  }

  /** The request that a case's decision implements, if the case is an implementing case. */
  Optional<RectificationRequest> implementedBy(UUID implementingCaseId) {
    return jdbc.sql("select * from rectification_request where implementing_case_id = ?")
        .param(implementingCaseId).query(RectificationStore::request).optional();
  }

  static RectificationRequest request(ResultSet rs, int row) throws SQLException {
    Date decidedOn = rs.getDate("authority_decided_on");
    return new RectificationRequest(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getObject("case_id", UUID.class), rs.getObject("requested_by", UUID.class),
        rs.getString("request_text"), rs.getTimestamp("submitted_at").toInstant(),
        RectificationRequest.Status.valueOf(rs.getString("status")), rs.getString("authority"),
        rs.getString("outcome_reference"), decidedOn == null ? null : decidedOn.toLocalDate(),
        rs.getObject("implementing_case_id", UUID.class));
  }
}
