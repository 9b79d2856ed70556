package fi.kanslia.decision;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.testsupport.KansliaIT;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rectification deadline follows the configured period and never ends on a weekend. */
class RectificationDeadlineIT extends KansliaIT {

  @Autowired Decisions decisions;

  @Test
  void theConfiguredFourteenDaysCountFromTheDayAfterNotification() {
    // Friday 27.11.2026 + 14 days = Friday 11.12.2026
    assertThat(decisions.remedyDeadline(Decisions.SCHOOL_PLACE, LocalDate.of(2026, 11, 27)))
        .isEqualTo(LocalDate.of(2026, 12, 11));
  }

  @Test
  void aPeriodEndingOnAWeekendEndsOnTheNextMonday() {
    // Saturday 28.11.2026 + 14 = Saturday 12.12.2026 -> Monday 14.12.2026
    assertThat(decisions.remedyDeadline(Decisions.SCHOOL_PLACE, LocalDate.of(2026, 11, 28)))
        .isEqualTo(LocalDate.of(2026, 12, 14));
    // Sunday 29.11.2026 + 14 = Sunday 13.12.2026 -> Monday 14.12.2026
    assertThat(decisions.remedyDeadline(Decisions.SCHOOL_PLACE, LocalDate.of(2026, 11, 29)))
        .isEqualTo(LocalDate.of(2026, 12, 14));
  }
}
