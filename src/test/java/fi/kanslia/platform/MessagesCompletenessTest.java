package fi.kanslia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The interface and the decision texts exist in every language; a missing key fails here. */
class MessagesCompletenessTest {

  @ParameterizedTest(name = "{1} has the keys of {0}")
  @CsvSource({
      "i18n/messages, i18n/messages_fi",
      "i18n/messages, i18n/messages_sv",
      "i18n/decision-instructions_fi, i18n/decision-instructions_sv",
      "i18n/school-place-decision_fi, i18n/school-place-decision_sv",
      "i18n/support-decision_fi, i18n/support-decision_sv",
      "i18n/neighbourhood-school-decision_fi, i18n/neighbourhood-school-decision_sv",
      "i18n/secondary-place-decision_fi, i18n/secondary-place-decision_sv",
      "i18n/secondary, i18n/secondary_fi",
      "i18n/secondary, i18n/secondary_sv",
      "i18n/cohort, i18n/cohort_fi",
      "i18n/cohort, i18n/cohort_sv",
      "i18n/admission, i18n/admission_fi",
      "i18n/admission, i18n/admission_sv",
      "i18n/admission-decision_fi, i18n/admission-decision_sv"})
  void everyKeyExistsInEveryLanguage(String reference, String translation) throws IOException {
    assertThat(keys(translation)).as("keys of %s compared with %s", translation, reference)
        .containsExactlyInAnyOrderElementsOf(keys(reference));
    assertThat(values(translation)).as("blank values in %s", translation).noneMatch(String::isBlank);
  }

  private static Set<String> keys(String bundle) throws IOException {
    return new TreeSet<>(load(bundle).stringPropertyNames());
  }

  private static java.util.Collection<String> values(String bundle) throws IOException {
    Properties p = load(bundle);
    return p.stringPropertyNames().stream().map(p::getProperty).toList();
  }

  private static Properties load(String bundle) throws IOException {
    Properties properties = new Properties();
    var in = MessagesCompletenessTest.class.getClassLoader().getResourceAsStream(bundle + ".properties");
    assertThat(in).as("bundle %s", bundle).isNotNull();
    try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
