package fi.kanslia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"131052-308T", "010190-999W", "010190Y999W", "010594Y9032", "020502E902X",
      "150316A902A", "010100+900F"})
  void acceptsEveryCenturySignWithTheRightCheckCharacter(String code) {
    assertThat(IdentityCode.isValid(code)).as(code).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"131052-308U", "131052308T", "311352-308T", "300290-123A", "131052Z308T",
      "131052-308t", ""})
  void refusesWrongFormatDateOrCheckCharacter(String code) {
    assertThat(IdentityCode.isValid(code)).as(code).isFalse();
  }

  @Test
  void keepsTheSeparatorAsGivenBecauseItDistinguishesPeople() {
    assertThat(new IdentityCode("010190-999W")).isNotEqualTo(new IdentityCode("010190Y999W"));
    assertThat(new IdentityCode("010190Y999W").value()).isEqualTo("010190Y999W");
  }

  @Test
  void buildsValidSyntheticCodesFromTheTestRange() {
    IdentityCode code = IdentityCode.of(LocalDate.of(2020, 3, 15), 900);
    assertThat(code.value()).startsWith("150320A900");
    assertThat(code.birthDate()).isEqualTo(LocalDate.of(2020, 3, 15));
    assertThatThrownBy(() -> IdentityCode.of(LocalDate.of(2020, 3, 15), 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isMaskedOnScreensAndInLogs() {
    IdentityCode code = new IdentityCode("131052-308T");
    assertThat(code.masked()).isEqualTo("131052-****");
    assertThat(code.toString()).doesNotContain("308T");
  }
}
