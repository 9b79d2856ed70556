package fi.kanslia.placement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's applicants and preferences as columns of primitive arrays, filled either from
 * {@link Applicant} records or straight from a round file, so that a national round is a handful of
 * arrays rather than a million small objects. Not yet validated: {@link PlacementRound} does that.
 */
final class RoundColumns {

    final List<Programme> programmes;
    final IdIndex programmeIndex;
    String[] applicantIds;
    int applicantCount;
    int[] prefStart;
    int[] prefProgramme;
    int[] prefClass;
    long[] prefScore;
    boolean[] prefEligible;
    int prefCount;
    /** The ids of ranked programmes that do not exist, by preference number (only in invalid rounds). */
    final Map<Integer, String> unknownProgrammes = new HashMap<>();

    RoundColumns(List<Programme> programmes, int expectedApplicants, int expectedPreferences) {
        this.programmes = List.copyOf(programmes);
        this.programmeIndex = new IdIndex(programmes.size());
        for (int p = 0; p < this.programmes.size(); p++) {
            programmeIndex.putIfAbsent(this.programmes.get(p).id(), p);
        }
        applicantIds = new String[Math.max(1, expectedApplicants)];
        prefStart = new int[Math.max(1, expectedApplicants) + 1];
        int preferences = Math.max(1, expectedPreferences);
        prefProgramme = new int[preferences];
        prefClass = new int[preferences];
        prefScore = new long[preferences];
        prefEligible = new boolean[preferences];
    }

    static RoundColumns of(List<Programme> programmes, List<Applicant> applicants) {
        int preferences = 0;
        for (var applicant : applicants) {
            preferences += applicant.preferences().size();
        }
        var columns = new RoundColumns(programmes, applicants.size(), preferences);
        for (var applicant : applicants) {
            columns.startApplicant(applicant.id());
            for (var preference : applicant.preferences()) {
                columns.addPreference(columns.programmeIndex.get(preference.programmeId()), preference.programmeId(),
                        preference.priorityClass(), preference.score().thousandths(), preference.reservedEligible());
            }
        }
        return columns.finish();
    }

    void startApplicant(String id) {
        if (applicantCount == applicantIds.length) {
            applicantIds = Arrays.copyOf(applicantIds, applicantCount * 2);
            prefStart = Arrays.copyOf(prefStart, applicantCount * 2 + 1);
        }
        applicantIds[applicantCount] = id;
        prefStart[applicantCount++] = prefCount;
    }

    /** A preference of the last started applicant; {@code programme} is -1 if {@code programmeId} is unknown. */
    void addPreference(int programme, String programmeId, int priorityClass, long score, boolean eligible) {
        if (prefCount == prefProgramme.length) {
            int grown = prefCount * 2;
            prefProgramme = Arrays.copyOf(prefProgramme, grown);
            prefClass = Arrays.copyOf(prefClass, grown);
            prefScore = Arrays.copyOf(prefScore, grown);
            prefEligible = Arrays.copyOf(prefEligible, grown);
        }
        if (programme < 0) {
            unknownProgrammes.put(prefCount, programmeId);
        }
        prefProgramme[prefCount] = programme;
        prefClass[prefCount] = priorityClass;
        prefScore[prefCount] = score;
        prefEligible[prefCount] = eligible;
        prefCount++;
    }

    /** Trims the arrays to their contents. */
    RoundColumns finish() {
        applicantIds = Arrays.copyOf(applicantIds, applicantCount);
        prefStart = Arrays.copyOf(prefStart, applicantCount + 1);
        prefStart[applicantCount] = prefCount;
        prefProgramme = Arrays.copyOf(prefProgramme, prefCount);
        prefClass = Arrays.copyOf(prefClass, prefCount);
        prefScore = Arrays.copyOf(prefScore, prefCount);
        prefEligible = Arrays.copyOf(prefEligible, prefCount);
        return this;
    }

    /** The id of the preference's programme, known or not. */
    String programmeId(int pref) {
        int programme = prefProgramme[pref];
        return programme >= 0 ? programmes.get(programme).id() : unknownProgrammes.get(pref);
    }

    /** The same applicants and preferences against other programmes, matched by id. */
    RoundColumns withProgrammes(List<Programme> changed) {
        var columns = new RoundColumns(changed, applicantCount, prefCount);
        for (int a = 0; a < applicantCount; a++) {
            columns.startApplicant(applicantIds[a]);
            for (int k = prefStart[a]; k < prefStart[a + 1]; k++) {
                String id = programmeId(k);
                columns.addPreference(columns.programmeIndex.get(id), id, prefClass[k], prefScore[k], prefEligible[k]);
            }
        }
        return columns.finish();
    }
}
