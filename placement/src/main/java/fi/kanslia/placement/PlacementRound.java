package fi.kanslia.placement;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * One admission round: the programmes, the applicants and their ranked preferences, and the most
 * preferences an applicant may rank. Constructing a round validates it completely and throws an
 * {@link InvalidRoundException} listing every problem.
 *
 * <p>Ids of applicants and programmes are opaque tokens of ASCII letters, digits, {@code . _ -}
 * (so they can be written to a {@link RoundFiles round file} unquoted and never carry personal data
 * such as a name). An applicant may rank no programmes at all: they are simply not placed.
 *
 * <p>The round keeps its applicants as columns of primitive arrays (a national round would otherwise
 * be a million small objects); {@link #applicants()} is a read-only view that builds the records on
 * access.
 */
public final class PlacementRound {

    private final int maxPreferences;
    private final RoundColumns columns;
    private final IdIndex applicantIndex;

    public PlacementRound(int maxPreferences, List<Programme> programmes, List<Applicant> applicants) {
        this(maxPreferences, RoundColumns.of(programmes, applicants));
    }

    PlacementRound(int maxPreferences, RoundColumns columns) {
        this.maxPreferences = maxPreferences;
        this.columns = columns;
        this.applicantIndex = new IdIndex(columns.applicantCount);
        var problems = new ArrayList<String>();
        if (maxPreferences < 1) {
            problems.add("the maximum number of preferences must be at least 1, was " + maxPreferences);
        }
        RoundValidation.checkProgrammes(columns.programmes, problems);
        for (int a = 0; a < columns.applicantCount; a++) {
            String id = columns.applicantIds[a];
            RoundValidation.checkId("applicant", id, problems);
            if (!applicantIndex.putIfAbsent(id, a)) {
                problems.add("applicant " + id + " is listed twice");
            }
            RoundValidation.checkPreferences(columns, a, maxPreferences, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoundException(problems);
        }
    }

    public int maxPreferences() {
        return maxPreferences;
    }

    public List<Programme> programmes() {
        return columns.programmes;
    }

    /** The applicants in round order, as a read-only view. */
    public List<Applicant> applicants() {
        return new ApplicantView();
    }

    /** The applicant ids in round order, as a read-only view. */
    public List<String> applicantIds() {
        return Collections.unmodifiableList(Arrays.asList(columns.applicantIds));
    }

    /** The position of the programme in {@link #programmes()}, or -1. */
    public int indexOfProgramme(String programmeId) {
        return columns.programmeIndex.get(programmeId);
    }

    /** The position of the applicant in {@link #applicants()}, or -1. */
    public int indexOfApplicant(String applicantId) {
        return applicantIndex.get(applicantId);
    }

    /** The same applicants with other capacities or quotas, for the officials' dry run. */
    public PlacementRound withProgrammes(List<Programme> changed) {
        return new PlacementRound(maxPreferences, columns.withProgrammes(changed));
    }

    /** The validated columns; shared with the algorithm, never modified. */
    RoundColumns columns() {
        return columns;
    }

    String applicantId(int applicant) {
        return columns.applicantIds[applicant];
    }

    int applicantCount() {
        return columns.applicantCount;
    }

    private final class ApplicantView extends AbstractList<Applicant> implements RandomAccess {

        @Override
        public Applicant get(int index) {
            if (index < 0 || index >= columns.applicantCount) {
                throw new IndexOutOfBoundsException(index);
            }
            var preferences = new ArrayList<Preference>();
            for (int k = columns.prefStart[index]; k < columns.prefStart[index + 1]; k++) {
                preferences.add(new Preference(columns.programmeId(k), columns.prefClass[k],
                        new Score(columns.prefScore[k]), columns.prefEligible[k]));
            }
            return new Applicant(columns.applicantIds[index], preferences);
        }

        @Override
        public int size() {
            return columns.applicantCount;
        }
    }
}
