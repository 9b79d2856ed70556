package fi.kanslia.placement;

import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Inputs for the property tests: small random rounds and seeds drawn from a fixed master seed, so
 * every run checks the same cases and a failing case is reproduced from the seeds in its name.
 * The first cases use edge seeds (0, -1, the extremes of long).
 */
final class GeneratedCases {

    static final int TRIES = 1000;
    private static final long MASTER_SEED = 20261124L;
    private static final long[] EDGE_SEEDS = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE};

    private GeneratedCases() {
    }

    /** A round with 1–6 programmes and 0–14 applicants of up to 4 preferences, a seed and a shuffle. */
    static Stream<Case> rounds() {
        return cases(6, 0, 14, 4);
    }

    /** Rounds small enough to enumerate every matching: 1–3 programmes, 0–5 applicants. */
    static Stream<Case> tinyRounds() {
        return cases(3, 0, 5, 3);
    }

    private static Stream<Case> cases(int maxProgrammes, int minApplicants, int maxApplicants,
            int maxPreferences) {
        SplittableRandom random = new SplittableRandom(MASTER_SEED + maxProgrammes);
        return Stream.iterate(0, i -> i + 1).limit(TRIES).map(i -> {
            long shape = i < EDGE_SEEDS.length ? EDGE_SEEDS[i] : random.nextLong();
            long seed = i < EDGE_SEEDS.length ? EDGE_SEEDS[EDGE_SEEDS.length - 1 - i] : random.nextLong();
            int programmes = random.nextInt(1, maxProgrammes + 1);
            int applicants = random.nextInt(minApplicants, maxApplicants + 1);
            long shuffle = random.nextLong();
            return new Case(RoundFixture.random(shape, programmes, applicants, maxPreferences), seed,
                    shuffle, "shape=" + shape + " programmes=" + programmes + " applicants=" + applicants
                            + " seed=" + seed + " shuffle=" + shuffle);
        });
    }

    /** One generated input; its name carries everything needed to rebuild it. */
    record Case(PlacementRound round, long seed, long shuffle, String name) {
        @Override
        public String toString() {
            return name;
        }
    }
}
