package fi.kanslia.rectification;

import fi.kanslia.identity.KansliaUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Filing rectification requests and recording the rectification authority's outcome. */
public interface RectificationRequests {

  /** The process each request runs, started by this message (correlation key: the request id). */
  String START_MESSAGE = "rectification-requested";
  /** The message that carries the authority's outcome to the waiting process. */
  String OUTCOME_MESSAGE = "rectification-decided";
  int MAX_TEXT = 4000;

  /** The last day the guardian may request rectification; empty before they are notified. */
  Optional<LocalDate> deadlineFor(KansliaUser guardian, UUID caseId);

  /** What a guardian's case page shows of rectification, whatever the case's family. */
  GuardianView forGuardian(KansliaUser guardian, UUID caseId);

  /**
   * The guardian's own request, if any, and the last day to file one (null before notification).
   */
  record GuardianView(RectificationRequest request, LocalDate deadline, LocalDate today) {

    /** Whether the guardian may still file a request. */
    public boolean open() {
      return request == null && deadline != null && !today.isAfter(deadline);
    }
  }

  /**
   * Files the guardian's request and starts its process in one transaction.
   *
   * @throws RectificationRefusedException when there is no decision, the period has passed, the
   *     guardian already filed, or the text is missing or too long
   * @throws org.springframework.security.access.AccessDeniedException for another family's case
   */
  RectificationRequest file(KansliaUser guardian, UUID caseId, String text);

  Optional<RectificationRequest> of(UUID caseId, UUID personId);

  /** Requests sent to the authority whose outcome the official's unit has yet to record. */
  List<RectificationRequest> awaitingOutcome(KansliaUser official);

  /** Records the authority's outcome; the process then amends the case if it was granted. */
  void recordOutcome(KansliaUser official, UUID requestId, boolean granted, String reference);
}
