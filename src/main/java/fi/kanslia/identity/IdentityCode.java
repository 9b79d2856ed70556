package fi.kanslia.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Finnish personal identity code (henkilötunnus): DDMMYY, century sign, individual number and
 * check character. The code is kept exactly as given: since 2023, 010190-999K and 010190Y999K are
 * different people, so the separator is never normalised.
 */
public record IdentityCode(String value) {

  private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final Pattern FORMAT = Pattern.compile("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]");
  private static final Map<Character, Integer> CENTURIES = Map.ofEntries(
      Map.entry('+', 1800), Map.entry('-', 1900), Map.entry('Y', 1900), Map.entry('X', 1900),
      Map.entry('W', 1900), Map.entry('V', 1900), Map.entry('U', 1900), Map.entry('A', 2000),
      Map.entry('B', 2000), Map.entry('C', 2000), Map.entry('D', 2000), Map.entry('E', 2000),
      Map.entry('F', 2000));

  public IdentityCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a personal identity code: wrong format");
    }
    birthDate(value);
    char expected = checkCharacter(value.substring(0, 6), value.substring(7, 10));
    if (value.charAt(10) != expected) {
      throw new IllegalArgumentException("Not a personal identity code: wrong check character");
    }
  }

  public static boolean isValid(String value) {
    try {
      new IdentityCode(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Builds a valid code; the test range (individual number 900–999) makes synthetic people. */
  public static IdentityCode of(LocalDate birthDate, int individualNumber) {
    if (individualNumber < 2 || individualNumber > 999) {
      throw new IllegalArgumentException("Individual number must be 002–999");
    }
    int year = birthDate.getYear();
    char sign = year >= 2000 ? 'A' : year >= 1900 ? '-' : '+';
    String date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(),
        birthDate.getMonthValue(), year % 100);
    String number = String.format("%03d", individualNumber);
    return new IdentityCode(date + sign + number + checkCharacter(date, number));
  }

  public LocalDate birthDate() {
    return birthDate(value);
  }

  /** For screens and logs: the birth date part only, e.g. 150316A****. */
  public String masked() {
    return value.substring(0, 7) + "****";
  }

  @Override
  public String toString() {
    return masked();
  }

  private static LocalDate birthDate(String code) {
    int century = CENTURIES.get(code.charAt(6));
    try {
      return LocalDate.of(century + Integer.parseInt(code.substring(4, 6)),
          Integer.parseInt(code.substring(2, 4)), Integer.parseInt(code.substring(0, 2)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Not a personal identity code: no such date");
    }
  }

  private static char checkCharacter(String date, String number) {
    return CHECK_CHARACTERS.charAt((int) (Long.parseLong(date + number) % 31));
  }
}
