package fi.kanslia.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;

/** Filling in the school-place form as a guardian would: pick options by their visible text. */
public final class Applications {

  private Applications() {}

  public static Map<String, String> form(Document formPage, String childName, String schoolName) {
    return form(formPage, childName, schoolName, "fi");
  }

  public static Map<String, String> form(Document formPage, String childName, String schoolName,
      String language) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("childId", optionValue(formPage, "childId", childName));
    fields.put("requestedSchoolId", optionValue(formPage, "requestedSchoolId", schoolName));
    fields.put("startDate", "2027-08-11");
    fields.put("grade", "1");
    fields.put("languageOfInstruction", language);
    fields.put("reason", "Koulumatka on lyhyt.");
    fields.put("guardianPhone", "040 123 4567");
    fields.put("guardianEmail", "huoltaja@example.invalid");
    fields.put("electronicNotificationConsent", "true");
    return fields;
  }

  public static String optionValue(Document page, String selectName, String visibleText) {
    var option = page.select("select[name=" + selectName + "] option").stream()
        .filter(o -> o.text().startsWith(visibleText)).findFirst()
        .orElseThrow(() -> new AssertionError("No option '" + visibleText + "' in " + selectName
            + ": " + page.select("select[name=" + selectName + "]").text()));
    return option.val();
  }
}
