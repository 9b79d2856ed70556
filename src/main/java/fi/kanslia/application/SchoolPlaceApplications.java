package fi.kanslia.application;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.identity.KansliaUser;
import java.util.Optional;
import java.util.UUID;

/** Submitting and reading school-place applications. */
public interface SchoolPlaceApplications {

  /** The process every application starts, and the message that starts it. */
  String PROCESS_ID = "school-place-application";
  String START_MESSAGE = "application-submitted";
  String CASE_TYPE = "SCHOOL_PLACE";

  /**
   * Commits the application and its case, and queues the process start, in one transaction.
   *
   * @throws org.springframework.security.access.AccessDeniedException if the child is not the
   *     guardian's
   */
  CaseFile submit(KansliaUser guardian, ApplicationForm form);

  Optional<SchoolPlaceApplication> find(UUID caseId);

  /** Grants the place applied for, e.g. when a rectification of a rejection is granted (idempotent). */
  void placeInRequestedSchool(UUID caseId);

  /** The message the process takes as the guardian's withdrawal. */
  String WITHDRAWAL_MESSAGE = "application-withdrawn";

  /**
   * Withdraws the application if no decision has been taken yet, and tells the process.
   *
   * @return false when it is too late (decided) or already withdrawn
   * @throws org.springframework.security.access.AccessDeniedException if the child is not the
   *     guardian's
   */
  boolean withdraw(KansliaUser guardian, UUID caseId);
}
