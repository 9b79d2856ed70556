package fi.kanslia.forms;

import java.util.Locale;

/** The languages forms are offered in. Finnish is the form designer's language and the fallback. */
enum Language {
  FI("fi"),
  SV("sv"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  /** The language for a user's locale; anything other than Swedish or English gets Finnish. */
  static Language of(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    for (Language candidate : values()) {
      if (candidate.code.equals(language)) {
        return candidate;
      }
    }
    return FI;
  }
}
