package fi.kanslia.forms;

import java.util.List;
import java.util.Objects;

/**
 * A group of components (Camunda type {@code group}), rendered as a fieldset. Groups with a data
 * path are not supported, so the fields of a group are submitted at the top level like any other.
 *
 * @param label the Finnish legend, or {@code null} when the group has none; other languages use
 *     the translation key {@code group.<id>}
 */
public record FormGroup(String id, String label, List<FormComponent> components)
    implements FormComponent {

  public FormGroup {
    Objects.requireNonNull(id, "id");
    components = List.copyOf(components);
  }
}
