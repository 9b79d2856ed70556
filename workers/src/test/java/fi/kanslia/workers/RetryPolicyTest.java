package fi.kanslia.workers;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.exception.JobError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void theWaitDoublesWithEveryFailureUpToHalfAnHour() {
    assertThat(RetryPolicy.backoff(10)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryPolicy.backoff(9)).isEqualTo(Duration.ofMinutes(1));
    assertThat(RetryPolicy.backoff(8)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryPolicy.backoff(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(RetryPolicy.backoff(4)).isEqualTo(Duration.ofMinutes(30));
    assertThat(RetryPolicy.backoff(1)).isEqualTo(Duration.ofMinutes(30));
    assertThat(RetryPolicy.backoff(-3)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void tenRetriesRideOutAnOutageOfAboutTwoHoursBeforeAnIncident() {
    Duration total = Duration.ZERO;
    for (int retries = RetryPolicy.MODEL_RETRIES; retries > 1; retries--) {
      total = total.plus(RetryPolicy.backoff(retries));
    }
    assertThat(total).isBetween(Duration.ofHours(2), Duration.ofHours(3));
  }

  @Test
  void aFailureTakesOneRetryAndKeepsTheCause() {
    IllegalStateException cause = new IllegalStateException("archive unreachable");
    JobError error = RetryPolicy.failure(cause, 10);
    assertThat(error.getRetries()).isEqualTo(9);
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(error.getErrorMessage()).contains("IllegalStateException", "archive unreachable");
    assertThat(error.getCause()).isSameAs(cause);
    assertThat(RetryPolicy.failure(cause, 0).getRetries()).isZero();
  }
}
