package fi.kanslia.engine.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine outbox in {@code /actuator/health} (component {@code engineOutbox}): how many
 * commands wait, and whether any has waited longer than it should. A command that has waited
 * too long means the engine has been unreachable or refusing for a while: nothing is lost, but
 * cases are not moving, so the component reports OUT_OF_SERVICE for an operator to look at.
 */
@Component("engineOutbox")
class OutboxHealthIndicator extends AbstractHealthIndicator {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration stuckAfter;

  OutboxHealthIndicator(JdbcClient jdbc, Clock clock,
      @Value("${kanslia.engine.stuck-after:PT15M}") Duration stuckAfter) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.stuckAfter = stuckAfter;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    long pending = jdbc.sql("select count(*) from engine_command where done_at is null")
        .query(Long.class).single();
    long stuck = jdbc.sql("select count(*) from engine_command where done_at is null"
            + " and created_at < ?")
        .param(Timestamp.from(clock.instant().minus(stuckAfter))).query(Long.class).single();
    (stuck > 0 ? builder.outOfService() : builder.up())
        .withDetail("pending", pending)
        .withDetail("waitingLongerThan" + stuckAfter.toMinutes() + "Minutes", stuck);
  }
}
