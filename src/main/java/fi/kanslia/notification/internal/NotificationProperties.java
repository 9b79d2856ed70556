package fi.kanslia.notification.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules and intervals of notification ({@code kanslia.notification.*} in application.yml).
 *
 * @param evidentialTypes decision types that need evidential notification: a verifiable message
 *     (13/2003 18 §) or a letter against proof of receipt (HL 60 §)
 * @param evidentialRetrievalPeriod how long an evidential notice may wait for retrieval before it
 *     goes as a letter instead (7 days: HE 17/2002; VERIFY)
 */
@ConfigurationProperties("kanslia.notification")
record NotificationProperties(DeemedReceivedDays deemedReceivedDays, List<String> evidentialTypes,
    Duration evidentialRetrievalPeriod, Letters letters, Messages messages, Receipts receipts) {

  NotificationProperties {
    if (deemedReceivedDays == null) {
      deemedReceivedDays = new DeemedReceivedDays(3, 7, 3);
    }
    if (receipts == null) {
      receipts = new Receipts(null);
    }
    evidentialTypes = evidentialTypes == null ? List.of() : List.copyOf(evidentialTypes);
    if (evidentialRetrievalPeriod == null) {
      evidentialRetrievalPeriod = Duration.ofDays(7);
    }
    if (letters == null) {
      letters = new Letters(null, null, null, null, null);
    }
    if (messages == null) {
      messages = new Messages(0, null, null);
    }
  }

  boolean evidential(String decisionType) {
    return decisionType != null && Set.copyOf(evidentialTypes).contains(decisionType);
  }

  /**
   * Days after sending when a notice counts as received (HL 59 §, 13/2003 19 §), and a substitute
   * notification after a returned letter against proof of receipt (HL 61 §; 3 when not set).
   */
  record DeemedReceivedDays(int electronic, int letter, int substitute) {

    DeemedReceivedDays {
      if (substitute <= 0) {
        substitute = 3;
      }
    }
  }

  /**
   * The postal service's receipt files of letters against proof of receipt (HL 60 §).
   *
   * @param inboxDir where they arrive; blank: a directory under the temporary directory
   */
  record Receipts(String inboxDir) {}

  /**
   * The letter batch.
   *
   * @param batchDir where batches are written; blank: a directory under the temporary directory
   */
  record Letters(String batchDir, String senderName, String senderStreetAddress,
      String senderZipCode, String senderCity) {}

  /**
   * Sending through Suomi.fi Messages.
   *
   * @param maxAttempts attempts before a notice goes as a letter instead
   * @param retryBackoff the first wait after a failed attempt; it doubles up to maxBackoff
   */
  record Messages(int maxAttempts, Duration retryBackoff, Duration maxBackoff) {

    Messages {
      if (maxAttempts <= 0) {
        maxAttempts = 10;
      }
      if (retryBackoff == null) {
        retryBackoff = Duration.ofSeconds(30);
      }
      if (maxBackoff == null) {
        maxBackoff = Duration.ofMinutes(30);
      }
    }

    Duration backoff(int attempts) {
      Duration wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
      return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
  }
}
