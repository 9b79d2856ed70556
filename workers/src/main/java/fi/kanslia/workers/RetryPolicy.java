package fi.kanslia.workers;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a step that failed for a technical reason (archive down, TSA unreachable, database busy) is
 * retried: the job fails with one retry fewer and an exponential back-off — 30 s, 1 min, 2 min …
 * capped at 30 minutes — so with the models' 10 retries an outage of about two hours
 * heals by itself; only then does the engine raise an incident for an operator. Nothing is dropped.
 */
public final class RetryPolicy {

  /** The retries every service task of the models starts with (checked by the process tests). */
  public static final int MODEL_RETRIES = 10;
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

  private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

  private RetryPolicy() {}

  static <T> T call(ActivatedJob job, Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      // Operators see failing steps in the log even without Operate; the cause's message carries
      // ids only, never personal data.
      log.warn("Job {} ({}) of process instance {} failed, {} retries left: {}", job.getKey(),
          job.getType(), job.getProcessInstanceKey(), Math.max(job.getRetries() - 1, 0),
          describe(e));
      throw failure(e, job.getRetries());
    }
  }

  static void run(ActivatedJob job, Runnable step) {
    call(job, () -> {
      step.run();
      return null;
    });
  }

  /** The failure to report for an exception, given the retries the job had when it ran. */
  public static JobError failure(RuntimeException cause, int retriesBefore) {
    return CamundaError.jobError(describe(cause), null, Math.max(retriesBefore - 1, 0),
        backoff(retriesBefore), cause);
  }

  /** The wait before the next attempt: doubles with every failure so far, at most 30 minutes. */
  public static Duration backoff(int retriesBefore) {
    int failuresSoFar = Math.max(MODEL_RETRIES - retriesBefore, 0);
    Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failuresSoFar, 20));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  private static String describe(RuntimeException e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
