package fi.kanslia.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact admission score with {@value #SCALE} decimal places, stored as a whole number of
 * thousandths. Never a floating-point number: two applicants with the same points must tie exactly,
 * so that the tie is visibly broken by the lottery and not by rounding noise.
 */
public record Score(long thousandths) implements Comparable<Score> {

    /** Decimal places a score may have. */
    public static final int SCALE = 3;

    public static final Score ZERO = new Score(0);

    /** The exact value; rejects a value with more than {@value #SCALE} decimals rather than round it. */
    public static Score of(BigDecimal value) {
        try {
            return new Score(value.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "score " + value.toPlainString() + " has more than " + SCALE + " decimals or is out of range", e);
        }
    }

    /** Parses a plain decimal such as {@code 37.5}. */
    public static Score of(String decimal) {
        try {
            return of(new BigDecimal(decimal));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("score '" + decimal + "' is not a decimal number", e);
        }
    }

    public static Score points(long wholePoints) {
        return new Score(Math.multiplyExact(wholePoints, 1000L));
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(thousandths, SCALE);
    }

    @Override
    public int compareTo(Score other) {
        return Long.compare(thousandths, other.thousandths);
    }

    /** The plain decimal without trailing zeros, e.g. {@code 37.5}; the file format uses this form. */
    @Override
    public String toString() {
        return toBigDecimal().stripTrailingZeros().toPlainString();
    }
}
