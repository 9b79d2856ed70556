package fi.kanslia.placement;

import java.util.List;

/** The checks of {@link PlacementRound}, each adding a clear message per problem found. */
final class RoundValidation {

    private RoundValidation() {
    }

    static void checkProgrammes(List<Programme> programmes, List<String> problems) {
        var seen = new IdIndex(programmes.size());
        for (int p = 0; p < programmes.size(); p++) {
            var programme = programmes.get(p);
            var id = programme.id();
            checkId("programme", id, problems);
            if (!seen.putIfAbsent(id, p)) {
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
    }

    static void checkPreferences(RoundColumns columns, int applicant, int maxPreferences, List<String> problems) {
        String id = columns.applicantIds[applicant];
        int first = columns.prefStart[applicant];
        int end = columns.prefStart[applicant + 1];
        if (end - first > maxPreferences) {
            problems.add("applicant " + id + " ranks " + (end - first) + " programmes, more than the "
                    + maxPreferences + " allowed");
        }
        for (int k = first; k < end; k++) {
            int programme = columns.prefProgramme[k];
            String programmeId = columns.programmeId(k);
            if (programme < 0) {
                problems.add("applicant " + id + " ranks unknown programme " + programmeId);
            } else if (columns.prefEligible[k] && columns.programmes.get(programme).reservedSeats() == 0) {
                problems.add("applicant " + id + " is marked eligible for reserved seats at " + programmeId
                        + ", which reserves none");
            }
            if (columns.prefClass[k] < 0) {
                problems.add("applicant " + id + " has a negative priority class at " + programmeId);
            }
            for (int j = first; j < k; j++) {
                boolean same = programme >= 0
                        ? columns.prefProgramme[j] == programme
                        : columns.prefProgramme[j] < 0 && columns.programmeId(j).equals(programmeId);
                if (same) {
                    problems.add("applicant " + id + " ranks programme " + programmeId + " twice (preferences "
                            + (j - first + 1) + " and " + (k - first + 1) + ")");
                }
            }
        }
    }

    static void checkId(String kind, String id, List<String> problems) {
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
