package fi.kanslia.forms;

/** One component of a form, in the order the form designer placed it. */
public sealed interface FormComponent permits FormField, FormText, FormGroup {

  /** The component's id in the form JSON, unique within the form. */
  String id();
}
