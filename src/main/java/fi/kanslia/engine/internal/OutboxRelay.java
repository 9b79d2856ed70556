package fi.kanslia.engine.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed engine commands to Zeebe. At most {@code batchSize} commands are in flight at
 * once; a command the engine refuses (down, RESOURCE_EXHAUSTED, not yet deployed) is retried with
 * exponential back-off and is never dropped. Rows are claimed with SKIP LOCKED, so several
 * application instances can relay side by side.
 */
@Component
class OutboxRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final CamundaClient client;
  private final ProcessModelDeployer deployer;
  private final ObjectMapper json;
  private final Clock clock;
  private final int batchSize;
  private final Duration messageTtl;
  private final ReentrantLock running = new ReentrantLock();
  private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(
      Thread.ofPlatform().name("engine-outbox-wakeup").daemon().factory());

  OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, CamundaClient client,
      ProcessModelDeployer deployer, ObjectMapper json, Clock clock,
      @Value("${kanslia.engine.max-in-flight:32}") int batchSize,
      @Value("${kanslia.engine.message-ttl:PT1H}") Duration messageTtl) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.client = client;
    this.deployer = deployer;
    this.json = json;
    this.clock = clock;
    this.batchSize = batchSize;
    this.messageTtl = messageTtl;
  }

  /** Relays soon after the current transaction commits, instead of at the next tick. */
  void wakeUpAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          wakeUps.execute(OutboxRelay.this::relayPending);
        }
      });
    }
  }

  @Scheduled(fixedDelayString = "${kanslia.engine.relay-interval:PT1S}")
  void relayPending() {
    if (!running.tryLock()) {
      return;
    }
    try {
      if (!deployer.ensureDeployed()) {
        return;
      }
      int sent;
      do {
        sent = relayBatch();
      } while (sent == batchSize);
    } catch (RuntimeException e) {
      log.warn("Engine outbox relay failed; it runs again shortly", e);
    } finally {
      running.unlock();
    }
  }

  private int relayBatch() {
    Integer count = transactions.execute(status -> {
      List<Command> commands = jdbc.sql("select id, kind, name, correlation_key, message_id,"
              + " variables::text as variables, attempts from engine_command"
              + " where done_at is null and next_attempt_at <= ? order by created_at"
              + " limit ? for update skip locked")
          .params(Timestamp.from(clock.instant()), batchSize)
          .query((rs, n) -> new Command(rs.getObject("id", UUID.class), rs.getString("kind"),
              rs.getString("name"), rs.getString("correlation_key"), rs.getString("message_id"),
              rs.getString("variables"), rs.getInt("attempts")))
          .list();
      List<CamundaFuture<?>> inFlight = new ArrayList<>();
      for (Command command : commands) {
        inFlight.add(send(command));
      }
      for (int i = 0; i < commands.size(); i++) {
        complete(commands.get(i), inFlight.get(i));
      }
      return commands.size();
    });
    return count == null ? 0 : count;
  }

  /** Both kinds are messages: a start message (message start event) or one a process awaits. */
  private CamundaFuture<?> send(Command command) {
    Map<String, Object> variables = variables(command.variables());
    return client.newPublishMessageCommand().messageName(command.name())
        .correlationKey(command.correlationKey()).messageId(command.messageId())
        .timeToLive(messageTtl).variables(variables).send();
  }

  private void complete(Command command, CamundaFuture<?> future) {
    try {
      Object response = future.get(30, TimeUnit.SECONDS);
      Long key = response instanceof io.camunda.client.api.response.PublishMessageResponse r
          ? r.getMessageKey() : null;
      markDone(command, key);
    } catch (Exception e) {
      String reason = rootMessage(e);
      if (reason.contains("ALREADY_EXISTS")) {
        markDone(command, null); // the same message id was published before: nothing to do
        return;
      }
      if (reason.contains("NOT_FOUND")) {
        deployer.forgetDeployment();
      }
      Duration backoff = backoff(command.attempts() + 1);
      log.warn("Engine refused {} {} (attempt {}), retrying in {}: {}", command.kind(),
          command.name(), command.attempts() + 1, backoff, reason);
      jdbc.sql("update engine_command set attempts = attempts + 1, last_error = ?,"
              + " next_attempt_at = ? where id = ?")
          .params(reason, Timestamp.from(clock.instant().plus(backoff)), command.id()).update();
    }
  }

  private void markDone(Command command, Long resultKey) {
    jdbc.sql("update engine_command set done_at = ?, result_key = ?, last_error = null where id = ?")
        .params(Timestamp.from(clock.instant()), resultKey, command.id()).update();
  }

  static Duration backoff(int attempts) {
    long millis = 250L << Math.min(attempts, 8);
    return Duration.ofMillis(Math.min(millis, 60_000));
  }

  private Map<String, Object> variables(String text) {
    try {
      return json.readValue(text, VARIABLES);
    } catch (IOException e) {
      throw new IllegalStateException("Stored process variables are not JSON", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    StringBuilder text = new StringBuilder();
    while (t != null) {
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" / ");
      t = t.getCause() == t ? null : t.getCause();
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
  }

  @Override
  public void close() {
    wakeUps.shutdownNow();
  }

  private record Command(UUID id, String kind, String name, String correlationKey,
      String messageId, String variables, int attempts) {}
}
