package fi.kanslia.admission;

import fi.kanslia.identity.KansliaUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What other features (the demo) may ask of admission rounds: set one up and publish it. */
public interface AdmissionRoundSetup {

  /**
   * Creates a round as the official would on the desk and publishes it: its process starts and
   * opens the round for applications at {@code applicationOpens}. Returns the round id.
   */
  UUID createAndPublish(KansliaUser official, String name, int maxPreferences,
      Instant applicationOpens, Instant applicationCloses, Instant acceptanceDeadline,
      Instant vacancyClosingDate, List<ProgrammeSpec> programmes);

  /**
   * A programme of the round: a school, a programme type of the admission criteria (MUSIC,
   * SPORTS, LANGUAGE, SCIENCE), its seats and the seats reserved for special reasons.
   */
  record ProgrammeSpec(UUID schoolId, String programmeType, int capacity, int reservedSeats) {}
}
