package fi.kanslia.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic rounds for benchmarks and tests; no real personal data, applicants are ids. The same seed
 * always gives the same round.
 *
 * <p>The shape: capacities uniform in 20..120; one programme in ten reserves a sixth of its seats
 * (at least one) for {@code special-reasons}; popularity follows a Zipf-like law (the programme of
 * popularity rank {@code k} is wanted in proportion to {@code 1/k^0.8}), so popular programmes are
 * heavily oversubscribed and others left with empty seats; applicants rank 1..max programmes, most of
 * them four or more. A score is a grade average in quarter points (many ties, so the lottery matters),
 * except in one programme in ten, which scores its own aptitude test in whole points. Three
 * preferences in a hundred carry priority class 1 (a sibling at the school), and one applicant in
 * twenty-five has special reasons, which makes them eligible wherever seats are reserved.
 */
public final class SyntheticRounds {

    public static final int NATIONAL_APPLICANTS = 150_000;
    public static final int NATIONAL_PROGRAMMES = 1_600;
    public static final int NATIONAL_MAX_PREFERENCES = 6;

    private static final double POPULARITY_EXPONENT = 0.8;
    private static final int[] PREFERENCE_COUNT_PERCENT = {8, 8, 14, 20, 22, 28};

    private SyntheticRounds() {
    }

    /** The national-scale round: 150,000 applicants, up to 6 preferences, 1,600 programmes. */
    public static PlacementRound national(long seed) {
        return generate(seed, NATIONAL_APPLICANTS, NATIONAL_PROGRAMMES, NATIONAL_MAX_PREFERENCES);
    }

    public static PlacementRound generate(long seed, int applicantCount, int programmeCount, int maxPreferences) {
        var random = new SplittableRandom(seed);
        var programmes = new ArrayList<Programme>(programmeCount);
        var aptitudeTest = new boolean[programmeCount];
        for (int p = 0; p < programmeCount; p++) {
            String id = String.format("P%04d", p + 1);
            int capacity = 20 + random.nextInt(101);
            aptitudeTest[p] = random.nextInt(10) == 0;
            programmes.add(random.nextInt(10) == 0
                    ? Programme.withQuota(id, capacity, "special-reasons", Math.max(1, capacity / 6))
                    : Programme.of(id, capacity));
        }
        double[] cumulative = popularity(programmeCount, random);
        var applicants = new ArrayList<Applicant>(applicantCount);
        int width = String.valueOf(applicantCount).length();
        for (int a = 0; a < applicantCount; a++) {
            String id = "A" + String.format("%0" + width + "d", a + 1);
            applicants.add(applicant(id, random, programmes, aptitudeTest, cumulative, maxPreferences));
        }
        return new PlacementRound(maxPreferences, programmes, applicants);
    }

    private static Applicant applicant(String id, SplittableRandom random, List<Programme> programmes,
            boolean[] aptitudeTest, double[] cumulative, int maxPreferences) {
        int wanted = Math.min(preferenceCount(random), Math.min(maxPreferences, programmes.size()));
        long gradeAverage = 4000 + 250L * random.nextInt(25); // 4.00 .. 10.00 in quarter points
        boolean specialReasons = random.nextInt(25) == 0;
        var chosen = new int[wanted];
        var preferences = new ArrayList<Preference>(wanted);
        while (preferences.size() < wanted) {
            int p = pick(cumulative, random.nextDouble());
            if (contains(chosen, preferences.size(), p)) {
                continue;
            }
            chosen[preferences.size()] = p;
            var programme = programmes.get(p);
            var score = aptitudeTest[p] ? Score.points(random.nextInt(31)) : new Score(gradeAverage);
            int priorityClass = random.nextInt(100) < 3 ? 1 : 0;
            boolean eligible = specialReasons && programme.reservedSeats() > 0;
            preferences.add(new Preference(programme.id(), priorityClass, score, eligible));
        }
        return new Applicant(id, preferences);
    }

    private static int preferenceCount(SplittableRandom random) {
        int draw = random.nextInt(100);
        for (int count = 0; count < PREFERENCE_COUNT_PERCENT.length; count++) {
            draw -= PREFERENCE_COUNT_PERCENT[count];
            if (draw < 0) {
                return count + 1;
            }
        }
        return PREFERENCE_COUNT_PERCENT.length;
    }

    /** Cumulative popularity weights over programmes in a shuffled order, normalised to 1. */
    private static double[] popularity(int programmeCount, SplittableRandom random) {
        int[] rankOf = new int[programmeCount];
        for (int p = 0; p < programmeCount; p++) {
            rankOf[p] = p;
        }
        for (int p = programmeCount - 1; p > 0; p--) {
            int other = random.nextInt(p + 1);
            int swap = rankOf[p];
            rankOf[p] = rankOf[other];
            rankOf[other] = swap;
        }
        double[] cumulative = new double[programmeCount];
        double total = 0;
        for (int p = 0; p < programmeCount; p++) {
            total += 1.0 / Math.pow(rankOf[p] + 1, POPULARITY_EXPONENT);
            cumulative[p] = total;
        }
        for (int p = 0; p < programmeCount; p++) {
            cumulative[p] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double draw) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < draw) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
