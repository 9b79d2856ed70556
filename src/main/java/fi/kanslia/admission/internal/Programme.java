package fi.kanslia.admission.internal;

import java.util.UUID;

/**
 * A programme of emphasised teaching in a round: a school and a programme type of the admission
 * criteria; {@code code} (P1, P2 …) names it in score files.
 */
record Programme(UUID id, UUID roundId, UUID schoolId, String programmeType, int capacity,
    int reservedSeats, int position) {

  public String code() {
    return "P" + position;
  }
}
