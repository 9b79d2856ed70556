package fi.kanslia.decision.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The last day of a period under the Act on the Computation of Periods (150/1930) 5 §: when it
 * falls on a public holiday (pyhäpäivä), Independence Day, May Day, Christmas Eve, Midsummer Eve or
 * a Saturday, the act may still be done on the next working day. Sundays are public holidays.
 * Easter and the holidays that move with it are computed (Gregorian computus).
 */
final class FinnishPeriods {

  private static final Set<MonthDay> FIXED = Set.of(
      MonthDay.of(1, 1),   // New Year's Day
      MonthDay.of(1, 6),   // Epiphany
      MonthDay.of(5, 1),   // May Day
      MonthDay.of(12, 6),  // Independence Day
      MonthDay.of(12, 24), // Christmas Eve
      MonthDay.of(12, 25), // Christmas Day
      MonthDay.of(12, 26)); // St Stephen's Day

  private FinnishPeriods() {}

  /** The last day of a period of {@code days} counted from the day after {@code start}. */
  static LocalDate lastDay(LocalDate start, int days) {
    LocalDate last = start.plusDays(days);
    while (!isWorkingDay(last)) {
      last = last.plusDays(1);
    }
    return last;
  }

  static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      return false;
    }
    if (FIXED.contains(MonthDay.from(day))) {
      return false;
    }
    LocalDate easter = easterSunday(day.getYear());
    return !day.equals(easter.minusDays(2))       // Good Friday
        && !day.equals(easter.plusDays(1))        // Easter Monday
        && !day.equals(easter.plusDays(39))       // Ascension Day
        && !day.equals(midsummerEve(day.getYear()));
  }

  /** Midsummer Eve: the Friday between 19 and 25 June. */
  static LocalDate midsummerEve(int year) {
    return LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
  }

  /** Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
