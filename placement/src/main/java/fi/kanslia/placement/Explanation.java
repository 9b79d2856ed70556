package fi.kanslia.placement;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The reasoning of one decision, as structured data: the application renders it in Finnish or
 * Swedish. An applicant has at most one {@link Admission} and one {@link WaitingListPlace} per
 * programme they ranked above it (or per programme ranked, if not placed).
 */
public sealed interface Explanation {

    String applicantId();

    String programmeId();

    /** The applicant's rank of the programme, 1 for their first choice. */
    int preferenceRank();

    int priorityClass();

    Score score();

    /** The programme's lowest accepted class and score for the seats the applicant competed for. */
    Optional<Cutoff> lowestAccepted();

    /** The applicant's lottery number, present only where the lottery broke a tie that decided. */
    OptionalInt lotteryNumber();

    /** Admitted to the programme. */
    record Admission(
            String applicantId,
            String programmeId,
            int preferenceRank,
            int priorityClass,
            Score score,
            SeatType seat,
            Optional<Cutoff> lowestAccepted,
            OptionalInt lotteryNumber) implements Explanation {
    }

    /** Not admitted, on the waiting list at {@code position}. */
    record WaitingListPlace(
            String applicantId,
            String programmeId,
            int preferenceRank,
            int priorityClass,
            Score score,
            int position,
            Optional<Cutoff> lowestAccepted,
            OptionalInt lotteryNumber) implements Explanation {
    }
}
