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
  /** The type of the case that holds the municipality's decision implementing a granted request. */
  String IMPLEMENTING_CASE_TYPE = "RECTIFICATION_OUTCOME";

  /** The last day the guardian may request rectification; empty before they are notified. */
  Optional<LocalDate> deadlineFor(KansliaUser guardian, UUID caseId);

  /** What a guardian's case page shows of rectification, whatever the case's family. */
  GuardianView forGuardian(KansliaUser guardian, UUID caseId);

  /**
   * The guardian's own request, if any, and the last day to file one (null before notification).
   *
   * @param byRectification whether the case's decision is open to rectification (else to appeal)
   */
  record GuardianView(RectificationRequest request, LocalDate deadline, LocalDate today,
      boolean byRectification) {

    /** Whether the guardian may still file a request. */
    public boolean open() {
      return byRectification && request == null && deadline != null && !today.isAfter(deadline);
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

  /**
   * Records the authority's outcome, cited by its reference (diary number) and date; the process
   * then amends the case if it was granted and opens the case of the implementing decision.
   *
   * @throws fi.kanslia.platform.InputRefusedException for a missing reference ({@code reference})
   *     or a missing date, or one in the future or before the request ({@code decided-on})
   */
  void recordOutcome(KansliaUser official, UUID requestId, boolean granted, String reference,
      LocalDate authorityDecidedOn);

  /** Granted requests of the official's unit whose implementing decision is yet to be taken. */
  List<RectificationRequest> toImplement(KansliaUser official);

  /** Reusable reasoning texts for the implementing decision, in the decision's language. */
  List<String> implementationSnippets(KansliaUser official, UUID requestId);

  /** The implementing decision as it would be issued, unsigned, before the official decides. */
  byte[] previewImplementation(KansliaUser official, UUID requestId, String reasoning);

  /**
   * Takes the municipality's decision that implements the granted request (a
   * {@code RECTIFICATION_OUTCOME} decision in the implementing case) and starts its issuance.
   *
   * @return the implementing case
   * @throws fi.kanslia.platform.InputRefusedException when the reasoning is missing
   * @throws org.springframework.security.access.AccessDeniedException outside the deciding unit
   */
  UUID implement(KansliaUser official, UUID requestId, String reasoning);

  /** The request whose implementing decision the case holds, if it is an implementing case. */
  Optional<RectificationRequest> implementedBy(UUID implementingCaseId);
}
