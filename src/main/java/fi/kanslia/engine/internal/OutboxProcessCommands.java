package fi.kanslia.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kanslia.engine.ProcessCommands;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxProcessCommands implements ProcessCommands {

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final OutboxRelay relay;

  OutboxProcessCommands(JdbcClient jdbc, ObjectMapper json, Clock clock, OutboxRelay relay) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.relay = relay;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void startProcess(String municipalityCode, UUID caseId, String startMessage,
      String startKey, Map<String, ?> variables) {
    insert(municipalityCode, caseId, "START_PROCESS", startMessage, startKey,
        startMessage + ":" + startKey, variables);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void publishMessage(String municipalityCode, UUID caseId, String messageName,
      String correlationKey, String messageId, Map<String, ?> variables) {
    insert(municipalityCode, caseId, "PUBLISH_MESSAGE", messageName, correlationKey, messageId,
        variables);
  }

  @Override
  public long pendingCount() {
    return jdbc.sql("select count(*) from engine_command where done_at is null").query(Long.class).single();
  }

  private void insert(String municipalityCode, UUID caseId, String kind, String name,
      String correlationKey, String messageId, Map<String, ?> variables) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("insert into engine_command (id, municipality_code, case_id, kind, name, correlation_key,"
            + " message_id, variables, created_at, next_attempt_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")
        .params(UUID.randomUUID(), municipalityCode, caseId, kind, name, correlationKey, messageId,
            toJson(variables), now, now)
        .update();
    relay.wakeUpAfterCommit();
  }

  private String toJson(Map<String, ?> variables) {
    try {
      return json.writeValueAsString(variables);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Process variables must be plain values", e);
    }
  }
}
