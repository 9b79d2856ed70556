package fi.kanslia.admission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The score file's rows: every malformed row reported with its line, nothing guessed. */
class ScoreCsvTest {

  @Test
  void readsScoresAndAbsencesSkippingTheHeaderAndBlankLines() {
    ScoreCsv.Parsed parsed = ScoreCsv.parse("\uFEFFasianumero;ryhmä;pisteet\r\n"
        + "ESP/1/12.01.03/2027;p1;42,5\r\n\r\nESP/2/12.01.03/2027; P2 ;poissa\n");

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).containsExactly(
        new ScoreCsv.Row(2, "ESP/1/12.01.03/2027", "P1", new BigDecimal("42.5")),
        new ScoreCsv.Row(4, "ESP/2/12.01.03/2027", "P2", null));
    assertThat(parsed.rows().get(1).absent()).isTrue();
  }

  @Test
  void reportsEveryBadRowWithItsLine() {
    ScoreCsv.Parsed parsed = ScoreCsv.parse("ESP/1;P1;40\nESP/2;P1\nESP/3;P1;-1\n"
        + "ESP/4;P1;12.3456\nESP/1;P1;41\n;P1;3\n");

    assertThat(parsed.rows()).extracting(ScoreCsv.Row::line).containsExactly(1);
    assertThat(parsed.errors()).extracting(ScoreCsv.RowError::line, ScoreCsv.RowError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "admission.csv.fields"),
            org.assertj.core.groups.Tuple.tuple(3, "admission.csv.score"),
            org.assertj.core.groups.Tuple.tuple(4, "admission.csv.score"),
            org.assertj.core.groups.Tuple.tuple(5, "admission.csv.duplicate"),
            org.assertj.core.groups.Tuple.tuple(6, "admission.csv.fields"));
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThat(ScoreCsv.parse("case;programme;score\n\n").errors())
        .extracting(ScoreCsv.RowError::messageKey).containsExactly("admission.csv.empty");
  }

  @Test
  void aScoreKeepsItsExactValueAndIsNeverRounded() {
    assertThat(ScoreCsv.score("37.125")).isEqualByComparingTo("37.125");
    assertThat(ScoreCsv.score("37,1255")).isNull();
    assertThat(ScoreCsv.score("1e3")).isNull();
  }
}
