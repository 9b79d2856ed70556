package fi.kanslia.support.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time limits of the support process: how long the parties have to answer a hearing request, when
 * they are reminded, and when an undecided case is escalated ("without undue delay").
 */
@ConfigurationProperties("kanslia.support")
record SupportProperties(int hearingDays, int reminderDaysBefore, Duration decisionEscalationAfter) {

  SupportProperties {
    if (hearingDays <= 0) {
      hearingDays = 14;
    }
    if (reminderDaysBefore <= 0 || reminderDaysBefore >= hearingDays) {
      reminderDaysBefore = Math.max(1, hearingDays / 2);
    }
    if (decisionEscalationAfter == null) {
      decisionEscalationAfter = Duration.ofDays(14);
    }
  }
}
