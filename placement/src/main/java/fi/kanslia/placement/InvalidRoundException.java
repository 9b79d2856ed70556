package fi.kanslia.placement;

import java.util.List;

/** A round that cannot be placed; {@link #problems()} lists every problem found, not just the first. */
public final class InvalidRoundException extends IllegalArgumentException {

    private static final int SHOWN_IN_MESSAGE = 20;

    private final List<String> problems;

    public InvalidRoundException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        var shown = String.join("; ", problems.subList(0, Math.min(SHOWN_IN_MESSAGE, problems.size())));
        var more = problems.size() > SHOWN_IN_MESSAGE ? " (and " + (problems.size() - SHOWN_IN_MESSAGE) + " more)" : "";
        return "invalid placement round: " + shown + more;
    }
}
