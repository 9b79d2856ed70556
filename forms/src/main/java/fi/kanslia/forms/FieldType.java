package fi.kanslia.forms;

import java.util.Arrays;
import java.util.Optional;

/** The input field types this module supports, with their Camunda Forms type names. */
public enum FieldType {
  TEXTFIELD("textfield"),
  TEXTAREA("textarea"),
  NUMBER("number"),
  SELECT("select"),
  RADIO("radio"),
  CHECKBOX("checkbox"),
  CHECKLIST("checklist"),
  /** Camunda {@code datetime} with {@code subtype: "date"}; other subtypes are not supported. */
  DATE("datetime");

  private final String camundaType;

  FieldType(String camundaType) {
    this.camundaType = camundaType;
  }

  /** The value of the component's {@code type} property in the form JSON. */
  public String camundaType() {
    return camundaType;
  }

  /** True for the types whose value must be one of a list of options. */
  public boolean hasOptions() {
    return this == SELECT || this == RADIO || this == CHECKLIST;
  }

  /** True for the free-text types. */
  public boolean isText() {
    return this == TEXTFIELD || this == TEXTAREA;
  }

  static Optional<FieldType> fromCamundaType(String type) {
    return Arrays.stream(values()).filter(t -> t.camundaType.equals(type)).findFirst();
  }
}
