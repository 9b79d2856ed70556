package fi.kanslia.placement;

/** Which of a programme's seats an applicant was admitted to; see the quota rule in {@link DeferredAcceptance}. */
public enum SeatType {
    GENERAL,
    RESERVED
}
