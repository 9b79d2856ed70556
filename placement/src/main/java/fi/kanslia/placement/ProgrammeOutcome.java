package fi.kanslia.placement;

import java.util.Comparator;
import java.util.Optional;

/**
 * One programme after placement.
 *
 * @param filled          seats taken, reserved ones included
 * @param reservedFilled  reserved seats taken by eligible applicants
 * @param lowestGeneral   the lowest accepted applicant in a general seat, if any
 * @param lowestReserved  the lowest accepted applicant in a reserved seat, if any
 * @param waitingListSize applicants who ranked it above where they were placed, or were not placed
 */
public record ProgrammeOutcome(
        String programmeId,
        int capacity,
        int reservedSeats,
        int filled,
        int reservedFilled,
        Optional<Cutoff> lowestGeneral,
        Optional<Cutoff> lowestReserved,
        int waitingListSize) {

    private static final Comparator<Cutoff> BY_CLASS_AND_SCORE =
            Comparator.comparingInt(Cutoff::priorityClass).thenComparing(Cutoff::score);

    /** The lowest accepted class and score over all seats: the programme's published cutoff. */
    public Optional<Cutoff> lowestAccepted() {
        if (lowestGeneral.isEmpty()) {
            return lowestReserved;
        }
        if (lowestReserved.isEmpty()) {
            return lowestGeneral;
        }
        return BY_CLASS_AND_SCORE.compare(lowestReserved.get(), lowestGeneral.get()) < 0 ? lowestReserved : lowestGeneral;
    }

    public int emptySeats() {
        return capacity - filled;
    }
}
