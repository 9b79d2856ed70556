package fi.kanslia.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishPeriodsTest {

  @ParameterizedTest(name = "notified {0}: 14 days end on {1} ({2})")
  @CsvSource({
      "2026-11-27, 2026-12-11, an ordinary Friday",
      "2026-11-28, 2026-12-14, Saturday 12.12 moves to Monday",
      "2026-12-10, 2026-12-28, Christmas Eve Thursday: Christmas, St Stephen, Sunday follow",
      "2026-11-22, 2026-12-07, Independence Day on a Sunday",
      "2026-03-20, 2026-04-07, Good Friday 3.4: Easter Saturday, Sunday and Monday follow",
      "2026-04-17, 2026-05-04, May Day on a Friday",
      "2026-04-30, 2026-05-15, Ascension Day Thursday 14.5",
      "2026-06-05, 2026-06-22, Midsummer Eve Friday 19.6",
      "2026-12-18, 2027-01-04, New Year's Day Friday 1.1.2027",
      "2026-12-23, 2027-01-07, Epiphany Wednesday 6.1.2027"})
  void thePeriodEndsOnTheNextWorkingDay(LocalDate notified, LocalDate lastDay, String why) {
    assertThat(FinnishPeriods.lastDay(notified, 14)).as(why).isEqualTo(lastDay);
  }

  @ParameterizedTest(name = "Easter {0}")
  @CsvSource({"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22"})
  void easterIsComputedForAnyYear(LocalDate easter) {
    assertThat(FinnishPeriods.easterSunday(easter.getYear())).isEqualTo(easter);
  }

  @ParameterizedTest(name = "Midsummer Eve {0}")
  @CsvSource({"2025-06-20", "2026-06-19", "2027-06-25"})
  void midsummerEveIsTheFridayBetweenTheNineteenthAndTwentyFifthOfJune(LocalDate eve) {
    assertThat(FinnishPeriods.midsummerEve(eve.getYear())).isEqualTo(eve);
  }
}
