package fi.kanslia.support;

import fi.kanslia.identity.KansliaUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What other features may ask of pupil support. */
public interface SupportCases {

  /** The case type of support cases in the case register. */
  String CASE_TYPE = "SUPPORT";

  /** A member of a unit's staff opens a support case for a pupil; returns the case id. */
  UUID open(KansliaUser staff, UUID pupilId, String reason);

  /** The needs assessment with the measures considered (names of the measure codes). */
  void assess(KansliaUser staff, UUID caseId, Set<String> measures, String assessment);

  /** The support plan and when support starts. */
  void plan(KansliaUser staff, UUID caseId, String plan, LocalDate start);

  /** Where the case stands, e.g. NEEDS_ASSESSMENT, HEARING, DECIDED. */
  String stage(String municipalityCode, UUID caseId);

  /** Hearing requests waiting for this person's answer. */
  List<OpenHearing> openHearings(String municipalityCode, UUID personId);

  /** A hearing request not answered yet. */
  record OpenHearing(UUID caseId, String caseNumber, Instant deadline) {}
}
