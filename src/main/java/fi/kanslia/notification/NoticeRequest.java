package fi.kanslia.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * A notice to send: to whom, by which channel, what the e-mail heads-up may say (the case number
 * only), and the signed decision that an outside delivery (Suomi.fi Messages, a letter) carries.
 *
 * @param email where to send an e-mail heads-up for an electronic notice; null for none
 * @param language the recipient's language, "fi" or "sv"
 * @param decisionType the decision's type; {@code kanslia.notification.evidential-types} names the
 *     types that need evidential notification (13/2003 18 §). Null: an ordinary notice
 * @param documentName the file name the recipient sees; null: derived from the case number
 * @param document the signed decision, delivered byte for byte; null when the caller has none, and
 *     then the notice is kept in the local inbox only (nothing to deliver elsewhere)
 */
public record NoticeRequest(
    String municipalityCode,
    UUID decisionId,
    String caseNumber,
    UUID recipientId,
    Channel channel,
    String email,
    String language,
    String decisionType,
    String documentName,
    byte[] document) {

  public NoticeRequest {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(channel, "channel");
    if (email != null && email.isBlank()) {
      email = null;
    }
    if (document != null && (documentName == null || documentName.isBlank())) {
      documentName = "paatos-beslut-" + caseNumber.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
    }
  }

  /** A notice without a document: kept in the local inbox only. */
  public NoticeRequest(String municipalityCode, UUID decisionId, String caseNumber, UUID recipientId,
      Channel channel, String email, String language) {
    this(municipalityCode, decisionId, caseNumber, recipientId, channel, email, language, null, null,
        null);
  }

  /** Leaves out the document's bytes and the e-mail address. */
  @Override
  public String toString() {
    return "NoticeRequest[decisionId=" + decisionId + ", recipientId=" + recipientId + ", channel="
        + channel + ", decisionType=" + decisionType + ", document="
        + (document == null ? "none" : documentName + " (" + document.length + " bytes)") + "]";
  }
}
