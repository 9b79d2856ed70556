package fi.kanslia.testsupport;

import fi.kanslia.platform.internal.EmbeddedZeebeEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: real time plus however far the tests have moved the shared
 * in-process engine's clock. Moving both together keeps the dates the application computes (hearing
 * deadlines, review dates) and the engine's timers on one time line for every later test in the JVM.
 */
public final class TestClock extends Clock {

  private static volatile Duration offset = Duration.ZERO;

  /** Moves the engine's and the application's time forward together (it cannot go back). */
  public static synchronized void advance(Duration by) {
    EmbeddedZeebeEngine.shared().engine().increaseTime(by);
    offset = offset.plus(by);
  }

  /** Today in Finland on the application's time line. */
  public static java.time.LocalDate today() {
    return Instant.now().plus(offset).atZone(ZoneId.of("Europe/Helsinki")).toLocalDate();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
