package fi.kanslia.audit.internal;

import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HashChainedAuditLog implements AuditLog {

  private static final String GENESIS = "0".repeat(64);
  private static final long CHAIN_LOCK = 0x4b414e534c4941L; // one writer at a time extends the chain

  private final JdbcClient jdbc;
  private final Clock clock;

  HashChainedAuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void record(AuditEvent event) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    String previous = jdbc.sql("select hash from audit_event order by id desc limit 1")
        .query(String.class).optional().orElse(GENESIS);
    Instant now = clock.instant();
    jdbc.sql("insert into audit_event (municipality_code, occurred_at, actor, action, object_type,"
            + " object_id, purpose, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(event.municipalityCode(), Timestamp.from(now), event.actor(), event.action(),
            event.objectType(), event.objectId(), event.purpose(), previous,
            hash(previous, now, event))
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public List<AuditEvent> about(String objectType, String objectId) {
    return jdbc.sql("select * from audit_event where object_type = ? and object_id = ? order by id")
        .params(objectType, objectId)
        .query((rs, n) -> new AuditEvent(rs.getString("municipality_code"), rs.getString("actor"),
            rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
            rs.getString("purpose")))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean chainIntact() {
    String[] previous = {GENESIS};
    boolean[] intact = {true};
    jdbc.sql("select * from audit_event order by id").query(rs -> {
      AuditEvent event = new AuditEvent(rs.getString("municipality_code"), rs.getString("actor"),
          rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
          rs.getString("purpose"));
      String expected = hash(previous[0], rs.getTimestamp("occurred_at").toInstant(), event);
      if (!previous[0].equals(rs.getString("previous_hash")) || !expected.equals(rs.getString("hash"))) {
        intact[0] = false;
      }
      previous[0] = rs.getString("hash");
    });
    return intact[0];
  }

  private static String hash(String previous, Instant at, AuditEvent e) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String text = String.join("\u001f", previous, String.valueOf(at.toEpochMilli()),
          e.municipalityCode(), e.actor(), e.action(), e.objectType(), e.objectId(), e.purpose());
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
