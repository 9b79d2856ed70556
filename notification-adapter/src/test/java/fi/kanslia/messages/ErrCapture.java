package fi.kanslia.messages;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is logged (slf4j-simple writes to the current {@code System.err}) while an action runs. Tests of
 * this module run one class at a time, so nothing else writes there meanwhile.
 */
final class ErrCapture {

    private ErrCapture() {
    }

    static String during(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
