package fi.kanslia.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One admission round: the programmes, the applicants and their ranked preferences, and the most
 * preferences an applicant may rank. Constructing a round validates it completely and throws an
 * {@link InvalidRoundException} listing every problem.
 *
 * <p>Ids of applicants and programmes are opaque tokens of ASCII letters, digits, {@code . _ -}
 * (so they can be written to a {@link RoundFiles round file} unquoted and never carry personal data
 * such as a name). An applicant may rank no programmes at all: they are simply not placed.
 */
public final class PlacementRound {

    private final int maxPreferences;
    private final List<Programme> programmes;
    private final List<Applicant> applicants;
    private final Map<String, Integer> programmeIndex;
    private final Map<String, Integer> applicantIndex;
    /** The programme index of every preference, flattened in applicant order (found while validating). */
    private final int[] preferenceProgrammes;

    public PlacementRound(int maxPreferences, List<Programme> programmes, List<Applicant> applicants) {
        this.maxPreferences = maxPreferences;
        this.programmes = List.copyOf(programmes);
        this.applicants = List.copyOf(applicants);
        var problems = new ArrayList<String>();
        if (maxPreferences < 1) {
            problems.add("the maximum number of preferences must be at least 1, was " + maxPreferences);
        }
        this.programmeIndex = indexProgrammes(this.programmes, problems);
        int preferenceCount = 0;
        for (var applicant : this.applicants) {
            preferenceCount += applicant.preferences().size();
        }
        this.preferenceProgrammes = new int[preferenceCount];
        this.applicantIndex = indexApplicants(this.applicants, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRoundException(problems);
        }
    }

    public int maxPreferences() {
        return maxPreferences;
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public List<Applicant> applicants() {
        return applicants;
    }

    /** The position of the programme in {@link #programmes()}, or -1. */
    public int indexOfProgramme(String programmeId) {
        return programmeIndex.getOrDefault(programmeId, -1);
    }

    /** The position of the applicant in {@link #applicants()}, or -1. */
    public int indexOfApplicant(String applicantId) {
        return applicantIndex.getOrDefault(applicantId, -1);
    }

    /** Programme indices of all preferences, applicant by applicant; shared, not to be modified. */
    int[] preferenceProgrammes() {
        return preferenceProgrammes;
    }

    /** A round with other capacities or quotas, for the officials' dry run. */
    public PlacementRound withProgrammes(List<Programme> changed) {
        return new PlacementRound(maxPreferences, changed, applicants);
    }

    private static Map<String, Integer> indexProgrammes(List<Programme> programmes, List<String> problems) {
        var index = new HashMap<String, Integer>(programmes.size() * 2);
        for (int i = 0; i < programmes.size(); i++) {
            var programme = programmes.get(i);
            var id = programme.id();
            checkId("programme", id, problems);
            if (index.putIfAbsent(id, i) != null) {
                problems.add("programme " + id + " is listed twice");
            }
            if (programme.capacity() < 0) {
                problems.add("programme " + id + " has a negative capacity " + programme.capacity());
            }
            int reserved = programme.reservedSeats();
            if (reserved < 0 || reserved > Math.max(0, programme.capacity())) {
                problems.add("programme " + id + " reserves " + reserved + " seats, not within 0.." + programme.capacity());
            }
        }
        return index;
    }

    private Map<String, Integer> indexApplicants(List<Applicant> applicants, List<String> problems) {
        var index = new HashMap<String, Integer>(applicants.size() * 2);
        int flat = 0;
        for (int i = 0; i < applicants.size(); i++) {
            var applicant = applicants.get(i);
            checkId("applicant", applicant.id(), problems);
            if (index.putIfAbsent(applicant.id(), i) != null) {
                problems.add("applicant " + applicant.id() + " is listed twice");
            }
            checkPreferences(applicant, flat, problems);
            flat += applicant.preferences().size();
        }
        return index;
    }

    private void checkPreferences(Applicant applicant, int flat, List<String> problems) {
        var preferences = applicant.preferences();
        if (preferences.size() > maxPreferences) {
            problems.add("applicant " + applicant.id() + " ranks " + preferences.size()
                    + " programmes, more than the " + maxPreferences + " allowed");
        }
        for (int i = 0; i < preferences.size(); i++) {
            var preference = preferences.get(i);
            var programmeId = preference.programmeId();
            int programme = indexOfProgramme(programmeId);
            preferenceProgrammes[flat + i] = programme;
            if (programme < 0) {
                problems.add("applicant " + applicant.id() + " ranks unknown programme " + programmeId);
            } else if (preference.reservedEligible() && programmes.get(programme).reservedSeats() == 0) {
                problems.add("applicant " + applicant.id() + " is marked eligible for reserved seats at "
                        + programmeId + ", which reserves none");
            }
            if (preference.priorityClass() < 0) {
                problems.add("applicant " + applicant.id() + " has a negative priority class at " + programmeId);
            }
            for (int j = 0; j < i; j++) {
                if (preferences.get(j).programmeId().equals(programmeId)) {
                    problems.add("applicant " + applicant.id() + " ranks programme " + programmeId
                            + " twice (preferences " + (j + 1) + " and " + (i + 1) + ")");
                }
            }
        }
    }

    private static void checkId(String kind, String id, List<String> problems) {
        if (id.isEmpty()) {
            problems.add("a " + kind + " has an empty id");
            return;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                problems.add(kind + " id '" + id + "' may contain only ASCII letters, digits, '.', '_' and '-'");
                return;
            }
        }
    }
}
