package fi.kanslia.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * A notice to send: to whom, by which channel, and what the e-mail heads-up may say (the case
 * number only; the decision itself is read in the service).
 *
 * @param email where to send an e-mail heads-up for an electronic notice; null for none
 * @param language the recipient's language, "fi" or "sv"
 */
public record NoticeRequest(
    String municipalityCode,
    UUID decisionId,
    String caseNumber,
    UUID recipientId,
    Channel channel,
    String email,
    String language) {

  public NoticeRequest {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(channel, "channel");
    if (email != null && email.isBlank()) {
      email = null;
    }
  }
}
