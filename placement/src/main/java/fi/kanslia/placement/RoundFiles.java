package fi.kanslia.placement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a round as a compact, line-oriented ASCII text file:
 *
 * <pre>
 * kanslia-placement-round 1
 * max-preferences 6
 * # programme &lt;id&gt; &lt;capacity&gt; [&lt;reserved seats&gt; &lt;category&gt;]
 * programme P0001 24 4 special-reasons
 * programme P0002 60
 * # applicant &lt;id&gt; then each preference, most wanted first: &lt;programme&gt;/&lt;class&gt;/&lt;score&gt;[/r]
 * applicant A000001 P0002/0/37.5 P0001/1/40/r
 * applicant A000002
 * </pre>
 *
 * Fields are separated by single spaces; ids and categories are tokens of ASCII letters, digits and
 * {@code . _ -}. The first line names the format and its version; {@code max-preferences} comes before
 * any programme, and every programme before the applicants. A preference's class is a non-negative
 * integer, its score a plain decimal with at most three decimals, and the suffix {@code /r} marks the
 * applicant as eligible for the programme's reserved seats. Lines starting with {@code #} and blank
 * lines are ignored. The file carries no personal data: applicants are ids.
 */
public final class RoundFiles {

    static final String HEADER = "kanslia-placement-round 1";

    private RoundFiles() {
    }

    /** Reads and validates a round; a malformed line fails with its line number. */
    public static PlacementRound read(Path file) {
        try {
            return RoundFileParser.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read round file " + file, e);
        }
    }

    public static void write(PlacementRound round, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(HEADER);
            out.write('\n');
            out.write("max-preferences " + round.maxPreferences() + '\n');
            for (var programme : round.programmes()) {
                out.write("programme " + programme.id() + ' ' + programme.capacity());
                if (programme.quota().isPresent()) {
                    var quota = programme.quota().get();
                    out.write(" " + quota.seats() + ' ' + quota.category());
                }
                out.write('\n');
            }
            var line = new StringBuilder(128);
            for (var applicant : round.applicants()) {
                line.setLength(0);
                line.append("applicant ").append(applicant.id());
                for (var preference : applicant.preferences()) {
                    line.append(' ').append(preference.programmeId())
                            .append('/').append(preference.priorityClass())
                            .append('/').append(preference.score());
                    if (preference.reservedEligible()) {
                        line.append("/r");
                    }
                }
                out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write round file " + file, e);
        }
    }
}
