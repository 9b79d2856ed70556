package fi.kanslia.forms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shared test data: forms from inline JSON, a fixed clock, and a submission builder. */
final class TestForms {

  static final Locale FI = Locale.of("fi", "FI");
  static final Locale SV = Locale.of("sv", "FI");
  static final Locale EN = Locale.ENGLISH;

  /** 24.11.2026 at noon in Helsinki. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), FormValidator.DEFAULT_ZONE);

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private TestForms() {}

  static FormDefinition schoolPlaceApplication() {
    return new FormDefinitions().load("school-place-application");
  }

  /** A form from JSON components (the array's content), without translations. */
  static FormDefinition formWith(String componentsJson) {
    return parse("test-form", formJson("test-form", componentsJson));
  }

  static FormDefinition parse(String formId, String json) {
    return new FormParser()
        .parse(
            formId,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            Translations.none());
  }

  static String formJson(String formId, String componentsJson) {
    return """
        {"type": "default", "id": "%s", "schemaVersion": 18,
         "executionPlatform": "Camunda Cloud", "executionPlatformVersion": "8.8.0",
         "components": [%s]}
        """
        .formatted(formId, componentsJson);
  }

  /** The signed-in guardian's two children and three schools. */
  static DynamicOptions guardianOptions() {
    return DynamicOptions.builder()
        .put("children", List.of(new FormOption("child-1", "Aino Virtanen"),
            new FormOption("child-2", "Eero Virtanen")))
        .put("schools", List.of(new FormOption("school-10", "Kallion ala-aste"),
            new FormOption("school-11", "Tölö lågstadieskola"),
            new FormOption("school-12", "Meilahden ala-aste")))
        .build();
  }

  /** A valid school place application, to change only what a test is about. */
  static Submission validApplication() {
    return new Submission()
        .with("childId", "child-1")
        .with("requestedSchoolId", "school-11")
        .with("startDate", "2027-08-12")
        .with("grade", "1")
        .with("languageOfInstruction", "sv")
        .with("siblingAtSchool", "true")
        .with("reason", "Sisarus on samassa koulussa.")
        .with("guardianPhone", "040 123 4567")
        .with("guardianEmail", "huoltaja@example.fi")
        .with("electronicNotificationConsent", "true")
        .with("_csrf", "token-123");
  }

  /** Request parameters, each with all its values, as a servlet would give them. */
  static final class Submission {

    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    Submission with(String key, String... values) {
      parameters.put(key, List.of(values));
      return this;
    }

    Submission without(String key) {
      parameters.remove(key);
      return this;
    }

    Map<String, List<String>> parameters() {
      return Map.copyOf(parameters);
    }
  }
}
