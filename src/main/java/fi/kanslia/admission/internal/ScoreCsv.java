package fi.kanslia.admission.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file of aptitude test scores, one row per applicant and programme:
 * {@code case number;programme;score}, where the programme is its code in the round (P1, P2 …)
 * and the score a decimal with at most three decimals (comma or point), or {@code ABSENT} (also
 * {@code POISSA}, {@code FRÅNVARANDE}). A header row and blank lines are skipped. The parser
 * checks the form of each row; the round's own checks (known case, programme applied for) come
 * after it. Every problem is reported with its line number.
 */
final class ScoreCsv {

  static final int MAX_DECIMALS = 3;
  private static final Set<String> ABSENT = Set.of("ABSENT", "POISSA", "FRÅNVARANDE");

  private ScoreCsv() {}

  /** A well-formed row; {@code score} is null for an absent applicant. */
  record Row(int line, String caseNumber, String programmeCode, BigDecimal score) {

    boolean absent() {
      return score == null;
    }
  }

  /** A problem with a row: its line and the message key with arguments (line first). */
  record RowError(int line, String messageKey, Object... args) {}

  record Parsed(List<Row> rows, List<RowError> errors) {}

  static Parsed parse(String content) {
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      String text = lines[i].strip();
      if (text.isEmpty() || (line == 1 && isHeader(text))) {
        continue;
      }
      String[] fields = text.split(";", -1);
      if (fields.length != 3) {
        errors.add(new RowError(line, "admission.csv.fields", line));
        continue;
      }
      String caseNumber = fields[0].strip();
      String programme = fields[1].strip().toUpperCase(Locale.ROOT);
      String scoreText = fields[2].strip();
      if (caseNumber.isEmpty() || programme.isEmpty()) {
        errors.add(new RowError(line, "admission.csv.fields", line));
        continue;
      }
      BigDecimal score = null;
      if (!ABSENT.contains(scoreText.toUpperCase(Locale.ROOT))) {
        score = score(scoreText);
        if (score == null) {
          errors.add(new RowError(line, "admission.csv.score", line, scoreText));
          continue;
        }
      }
      if (!keys.add(caseNumber + ";" + programme)) {
        errors.add(new RowError(line, "admission.csv.duplicate", line, caseNumber, programme));
        continue;
      }
      rows.add(new Row(line, caseNumber, programme, score));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new RowError(0, "admission.csv.empty", 0));
    }
    return new Parsed(rows, errors);
  }

  /** A non-negative decimal with at most three decimals; null otherwise (never rounded). */
  static BigDecimal score(String text) {
    if (text == null || !text.strip().matches("\\d{1,6}([.,]\\d+)?")) {
      return null;
    }
    BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
    return value.scale() > MAX_DECIMALS ? null : value;
  }

  private static boolean isHeader(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("case") || lower.startsWith("asia") || lower.startsWith("ärende");
  }
}
