package fi.kanslia.forms;

import java.util.Objects;

/** One choice of a select, radio group or checklist: the submitted value and its visible label. */
public record FormOption(String value, String label) {

  public FormOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
