package fi.kanslia.documents;

import java.util.List;

/** Thrown when a decision lacks elements that Hallintolaki 44–47 § require; nothing is rendered. */
public class IncompleteDecisionException extends IllegalArgumentException {

    private final List<String> missingElements;

    public IncompleteDecisionException(List<String> missingElements) {
        super("The decision is incomplete; missing: " + String.join(", ", missingElements));
        this.missingElements = List.copyOf(missingElements);
    }

    /** The missing elements as named by {@link DecisionContent#missingElements()}. */
    public List<String> missingElements() {
        return missingElements;
    }
}
