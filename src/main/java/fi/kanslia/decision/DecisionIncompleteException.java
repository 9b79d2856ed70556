package fi.kanslia.decision;

import java.util.List;

/**
 * The decision would lack an element that Hallintolaki 44–45 § or the instruction requires, so it
 * is not taken. The elements are named as paths, e.g. {@code contactPerson.phone}.
 */
public class DecisionIncompleteException extends RuntimeException {

  private final List<String> missingElements;

  public DecisionIncompleteException(List<String> missingElements) {
    super("The decision lacks required elements: " + missingElements);
    this.missingElements = List.copyOf(missingElements);
  }

  public List<String> missingElements() {
    return missingElements;
  }
}
