package fi.kanslia.notification;

import java.util.List;
import java.util.UUID;

/** Sends decision notices; sending the same decision to the same recipient twice sends once. */
public interface Notifications {

  /** Sends the notice (once per decision and recipient), with an e-mail heads-up if it may. */
  Notice send(NoticeRequest request);

  List<Notice> forDecision(UUID decisionId);

  List<Notice> inbox(String municipalityCode, UUID recipientId);

  /**
   * Records that the recipient opened the decision (the first time only); for evidential
   * notification this is the day of notification.
   */
  void markRead(String municipalityCode, UUID decisionId, UUID recipientId);

  /** The delivery evidence of a notice, in the order it happened. */
  List<DeliveryEvent> events(UUID noticeId);
}
