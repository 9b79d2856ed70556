package fi.kanslia.placement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reader of {@link RoundFiles}: a hand-written scanner over the file's bytes, fast at national scale. */
final class RoundFileParser {

    private final byte[] bytes;
    private int position;
    private int lineNumber;
    private int lineEnd;
    private int nextLineStart;
    private int maxPreferences = -1;
    private final List<Programme> programmes = new ArrayList<>();
    private final ProgrammeIds programmeIds = new ProgrammeIds();
    private RoundColumns columns;

    private RoundFileParser(byte[] bytes) {
        this.bytes = bytes;
    }

    static PlacementRound parse(byte[] bytes) {
        var parser = new RoundFileParser(bytes);
        parser.parseLines();
        if (parser.columns == null) {
            parser.columns = new RoundColumns(parser.programmes, 0, 0);
        }
        return new PlacementRound(parser.maxPreferences, parser.columns.finish());
    }

    private void parseLines() {
        boolean headerSeen = false;
        while (nextLine()) {
            if (position == lineEnd || bytes[position] == '#') {
                continue;
            }
            String keyword = token();
            if (!headerSeen) {
                if (!(keyword + ' ' + rest()).equals(RoundFiles.HEADER)) {
                    throw malformed("the file must start with '" + RoundFiles.HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            switch (keyword) {
                case "max-preferences" -> maxPreferences = maxPreferences();
                case "programme" -> programmes.add(programme());
                case "applicant" -> applicant();
                default -> throw malformed("unknown line '" + keyword + "'");
            }
        }
        if (!headerSeen) {
            throw new IllegalArgumentException("round file is empty: it must start with '" + RoundFiles.HEADER + "'");
        }
    }

    private int maxPreferences() {
        if (!programmes.isEmpty() || columns != null) {
            throw malformed("max-preferences must come before the programmes and applicants");
        }
        int value = integer(token(), "max-preferences");
        endOfLine();
        return value;
    }

    private Programme programme() {
        if (maxPreferences < 0 || columns != null) {
            throw malformed("programmes come after max-preferences and before the applicants");
        }
        String id = token();
        int capacity = integer(token(), "capacity");
        Optional<Quota> quota = Optional.empty();
        if (position < lineEnd) {
            int seats = integer(token(), "reserved seats");
            quota = Optional.of(new Quota(token(), seats));
        }
        endOfLine();
        programmeIds.add(id, programmes.size());
        return new Programme(id, capacity, quota);
    }

    private void applicant() {
        if (maxPreferences < 0) {
            throw malformed("applicants come after max-preferences");
        }
        if (columns == null) {
            // A national file: about 70 bytes per applicant, 6 preferences at most.
            int expected = bytes.length / 64 + 16;
            columns = new RoundColumns(programmes, expected, expected * 5);
        }
        columns.startApplicant(token());
        while (position < lineEnd) {
            preference();
        }
    }

    /** {@code <programme>/<class>/<score>[/r]} */
    private void preference() {
        int start = position;
        int slash = indexOf('/', start);
        int programme = programmeIds.find(bytes, start, slash);
        String unknownId = programme < 0 ? new String(bytes, start, slash - start, StandardCharsets.US_ASCII) : null;
        position = slash + 1;
        long priorityClass = digits('/');
        if (priorityClass > Integer.MAX_VALUE) {
            throw malformed("a priority class is too large");
        }
        position++;
        long score = decimal();
        boolean eligible = false;
        if (position < lineEnd && bytes[position] == '/') {
            if (position + 1 >= lineEnd || bytes[position + 1] != 'r') {
                throw malformed("a preference ends in '/r' or nothing");
            }
            eligible = true;
            position += 2;
        }
        if (position < lineEnd) {
            if (bytes[position] != ' ') {
                throw malformed("expected a space after a preference");
            }
            position++;
        }
        columns.addPreference(programme, unknownId, (int) priorityClass, score, eligible);
    }

    /** A plain decimal with at most three decimals, as thousandths. */
    private long decimal() {
        boolean negative = position < lineEnd && bytes[position] == '-';
        if (negative) {
            position++;
        }
        long whole = digitsOrFail();
        long fraction = 0;
        int decimals = 0;
        if (position < lineEnd && bytes[position] == '.') {
            position++;
            while (position < lineEnd && isDigit(bytes[position])) {
                if (++decimals > Score.SCALE) {
                    throw malformed("a score has at most " + Score.SCALE + " decimals");
                }
                fraction = fraction * 10 + (bytes[position++] - '0');
            }
            if (decimals == 0) {
                throw malformed("a score's decimal point must be followed by digits");
            }
        }
        for (int i = decimals; i < Score.SCALE; i++) {
            fraction *= 10;
        }
        long value = Math.addExact(Math.multiplyExact(whole, 1000L), fraction);
        return negative ? -value : value;
    }

    private long digits(char terminator) {
        long value = digitsOrFail();
        if (position >= lineEnd || bytes[position] != terminator) {
            throw malformed("expected '" + terminator + "' in a preference");
        }
        return value;
    }

    private long digitsOrFail() {
        int start = position;
        long value = 0;
        while (position < lineEnd && isDigit(bytes[position])) {
            value = Math.addExact(Math.multiplyExact(value, 10L), bytes[position++] - '0');
            if (value > Integer.MAX_VALUE * 1000L) {
                throw malformed("a number is too large");
            }
        }
        if (position == start) {
            throw malformed("expected a number");
        }
        return value;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < lineEnd; i++) {
            if (bytes[i] == c) {
                return i;
            }
            if (bytes[i] == ' ') {
                break;
            }
        }
        throw malformed("expected '" + c + "' in a preference");
    }

    private boolean nextLine() {
        position = nextLineStart;
        if (position >= bytes.length) {
            return false;
        }
        lineNumber++;
        lineEnd = position;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
            lineEnd++;
        }
        nextLineStart = lineEnd + 1;
        if (lineEnd > position && bytes[lineEnd - 1] == '\r') {
            lineEnd--;
        }
        return true;
    }

    private String token() {
        int start = position;
        while (position < lineEnd && bytes[position] != ' ') {
            position++;
        }
        if (position == start) {
            throw malformed("expected a field");
        }
        String token = new String(bytes, start, position - start, StandardCharsets.US_ASCII);
        if (position < lineEnd) {
            position++;
        }
        return token;
    }

    private String rest() {
        String rest = new String(bytes, position, lineEnd - position, StandardCharsets.US_ASCII);
        position = lineEnd;
        return rest;
    }

    private void endOfLine() {
        if (position < lineEnd) {
            throw malformed("unexpected text '" + rest() + "' at the end of the line");
        }
    }

    private int integer(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw malformed(what + " '" + text + "' is not an integer");
        }
    }

    private IllegalArgumentException malformed(String problem) {
        return new IllegalArgumentException("round file line " + lineNumber + ": " + problem);
    }
}
