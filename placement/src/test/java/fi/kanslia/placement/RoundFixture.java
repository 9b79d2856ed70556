package fi.kanslia.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Test-data builders with defaults, so a test states only what matters to it. */
final class RoundFixture {

    static final int MAX_PREFERENCES = 6;

    private RoundFixture() {
    }

    static PlacementRound round(List<Programme> programmes, Applicant... applicants) {
        return new PlacementRound(MAX_PREFERENCES, programmes, Arrays.asList(applicants));
    }

    /** Class 0, not eligible for reserved seats. */
    static Preference pref(String programmeId, String score) {
        return Preference.of(programmeId, 0, Score.of(score));
    }

    static Preference pref(String programmeId, int priorityClass, String score) {
        return Preference.of(programmeId, priorityClass, Score.of(score));
    }

    static Preference reservedPref(String programmeId, String score) {
        return new Preference(programmeId, 0, Score.of(score), true);
    }

    /**
     * A small random round for property tests: few programmes with small capacities and reserves,
     * few distinct scores and classes (so ties are common), preferences up to {@code maxPreferences}.
     */
    static PlacementRound random(long shape, int programmeCount, int applicantCount, int maxPreferences) {
        var random = new SplittableRandom(shape);
        var programmes = new ArrayList<Programme>();
        for (int p = 0; p < programmeCount; p++) {
            int capacity = random.nextInt(4);
            int reserved = random.nextInt(3) == 0 ? random.nextInt(capacity + 1) : 0;
            programmes.add(reserved > 0
                    ? Programme.withQuota("P" + p, capacity, "special-reasons", reserved)
                    : Programme.of("P" + p, capacity));
        }
        var applicants = new ArrayList<Applicant>();
        for (int a = 0; a < applicantCount; a++) {
            int wanted = random.nextInt(Math.min(maxPreferences, programmeCount) + 1);
            var order = new ArrayList<Programme>(programmes);
            var preferences = new ArrayList<Preference>();
            for (int i = 0; i < wanted; i++) {
                var programme = order.remove(random.nextInt(order.size()));
                boolean eligible = programme.reservedSeats() > 0 && random.nextBoolean();
                preferences.add(new Preference(programme.id(), random.nextInt(3) == 0 ? 1 : 0,
                        Score.points(random.nextInt(3)), eligible));
            }
            applicants.add(new Applicant("A" + a, preferences));
        }
        return new PlacementRound(maxPreferences, programmes, applicants);
    }
}
