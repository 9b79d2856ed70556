package fi.kanslia.placement;

import java.util.Arrays;
import java.util.List;

/**
 * The single seeded lottery that breaks ties between applicants with the same priority class and
 * score. It is reproducible from the seed alone and does not depend on the order of the input:
 *
 * <ol>
 *   <li>Each applicant draws {@code draw = mix64(fnv1a64(id) ^ mix64(seed + 0x9E3779B97F4A7C15))}, where
 *       {@code fnv1a64} is 64-bit FNV-1a over the id's bytes (ids are ASCII) and {@code mix64} is the
 *       SplitMix64 finaliser (Stafford's variant 13, as in {@link java.util.SplittableRandom}).</li>
 *   <li>Applicants are ordered by their draw as an unsigned number, then by id (a tie of two 64-bit
 *       draws is practically impossible, but the order must be total).</li>
 *   <li>An applicant's lottery number is their position in that order, 1 for the first. A lower number
 *       wins a tie.</li>
 * </ol>
 *
 * The seed and every applicant's number are part of the {@link PlacementResult}, for audit.
 */
public final class Lottery {

    private final long seed;
    private final PlacementRound round;
    private final int[] numbers;

    private Lottery(long seed, PlacementRound round, int[] numbers) {
        this.seed = seed;
        this.round = round;
        this.numbers = numbers;
    }

    /** Draws every applicant's number in the round. */
    public static Lottery draw(long seed, PlacementRound round) {
        int count = round.applicantCount();
        long[] draws = new long[count];
        for (int i = 0; i < count; i++) {
            // Flipping the sign bit makes signed order the unsigned order of the draws.
            draws[i] = drawFor(seed, round.applicantId(i)) ^ Long.MIN_VALUE;
        }
        long[] sorted = draws.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < count; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return new Lottery(seed, round, numbersWithEqualDraws(round.applicantIds(), draws));
            }
        }
        int[] numbers = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = Arrays.binarySearch(sorted, draws[i]) + 1;
        }
        return new Lottery(seed, round, numbers);
    }

    /** The general case, for the practically impossible event of two equal 64-bit draws. */
    private static int[] numbersWithEqualDraws(List<String> ids, long[] draws) {
        int count = ids.size();
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        IntSort.sort(order, 0, count, (left, right) -> {
            int byDraw = Long.compare(draws[left], draws[right]);
            return byDraw != 0 ? byDraw : ids.get(left).compareTo(ids.get(right));
        });
        int[] numbers = new int[count];
        for (int position = 0; position < count; position++) {
            numbers[order[position]] = position + 1;
        }
        return numbers;
    }

    /** The raw 64-bit draw of one applicant, as documented above. */
    public static long drawFor(long seed, String applicantId) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < applicantId.length(); i++) {
            hash ^= applicantId.charAt(i) & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix64(hash ^ mix64(seed + 0x9E3779B97F4A7C15L));
    }

    static long mix64(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long seed() {
        return seed;
    }

    /** The applicant's lottery number, 1..number of applicants; lower wins a tie. */
    public int numberOf(String applicantId) {
        int index = round.indexOfApplicant(applicantId);
        if (index < 0) {
            throw new IllegalArgumentException("unknown applicant " + applicantId);
        }
        return numbers[index];
    }

    int numberAt(int applicantIndex) {
        return numbers[applicantIndex];
    }

    int[] numbers() {
        return numbers;
    }
}
