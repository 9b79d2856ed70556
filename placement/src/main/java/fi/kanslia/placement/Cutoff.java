package fi.kanslia.placement;

import java.util.OptionalInt;

/**
 * The lowest accepted applicant of a programme's seats (general or reserved): their priority class
 * and score, and their lottery number when the lottery decided at the cutoff, i.e. an applicant on the
 * waiting list competing for these seats had the same class and score.
 */
public record Cutoff(int priorityClass, Score score, OptionalInt lotteryNumber) {

    /** Whether the other cutoff is the same class and score (the lottery number is not compared). */
    public boolean sameClassAndScore(Cutoff other) {
        return priorityClass == other.priorityClass && score.equals(other.score);
    }
}
