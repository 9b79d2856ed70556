package fi.kanslia.decision;

import fi.kanslia.notification.Channel;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

/**
 * A party who receives the decision as a notice of their own.
 *
 * @param email where an e-mail heads-up of an electronic notice may go, or null
 */
public record DecisionRecipient(UUID personId, Channel channel, String email, String language) {

  /** From this age a pupil has standing of their own and is notified separately (HL 14 §, 56 §). */
  public static final int AGE_OF_OWN_STANDING = 15;

  public DecisionRecipient {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(channel, "channel");
  }

  /** Whether a person born on the day has standing of their own on the given day. */
  public static boolean hasOwnStanding(LocalDate birthDate, LocalDate today) {
    return Period.between(birthDate, today).getYears() >= AGE_OF_OWN_STANDING;
  }
}
