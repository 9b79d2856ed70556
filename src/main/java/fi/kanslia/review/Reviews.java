package fi.kanslia.review;

import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.KansliaUser;
import java.util.List;
import java.util.UUID;

/** The official's queue and the decision act. Every call checks the official's unit. */
public interface Reviews {

  /** The message the process waits for at {@code await-official-decision}. */
  String DECISION_MESSAGE = "official-decision-made";

  List<ReviewItem> queue(KansliaUser official);

  /** The unit's most recently decided work items, newest first. */
  List<ReviewItem> recentlyDecided(KansliaUser official, int limit);

  /** @throws org.springframework.security.access.AccessDeniedException for another unit's item */
  ReviewItem open(KansliaUser official, UUID itemId);

  /** Takes the decision; a second decision on the same item is refused. */
  void decide(KansliaUser official, UUID itemId, Outcome outcome, String reasoning);

  /**
   * Takes the decision. A secondary application approved takes one of the school's places (refused
   * when none is left); one rejected onto the waiting list gets its position in the decision.
   */
  void decide(KansliaUser official, UUID itemId, Outcome outcome, String reasoning,
      boolean waitingList);
}
