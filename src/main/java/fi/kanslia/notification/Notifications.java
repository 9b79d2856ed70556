package fi.kanslia.notification;

import java.util.List;
import java.util.UUID;

/** Sends decision notices; sending the same decision to the same recipient twice sends once. */
public interface Notifications {

  Notice send(String municipalityCode, UUID decisionId, UUID recipientId, Channel channel);

  List<Notice> forDecision(UUID decisionId);

  List<Notice> inbox(String municipalityCode, UUID recipientId);
}
