package fi.kanslia.support.internal;

/**
 * Support measures of basic education since 1.8.2025 (HE 114/2024). Group-level measures need no
 * administrative decision; pupil-level measures do.
 */
enum Measure {
  GENERAL_REMEDIAL(false),
  LANGUAGE_REMEDIAL(false),
  CO_TEACHING(false),
  SPECIAL_NEEDS_PARTLY_SMALL_GROUP(true),
  SMALL_GROUP(true),
  SPECIAL_CLASS(true),
  INTERPRETING_AND_ASSISTANT(true),
  AIDS(true);

  private final boolean pupilLevel;

  Measure(boolean pupilLevel) {
    this.pupilLevel = pupilLevel;
  }

  public boolean pupilLevel() {
    return pupilLevel;
  }
}
