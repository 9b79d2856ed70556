package fi.kanslia.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A support case as the feature holds it. */
record SupportCase(
    UUID caseId,
    String municipalityCode,
    UUID pupilId,
    UUID schoolId,
    String initiationReason,
    Instant initiatedAt,
    UUID previousCaseId,
    Stage stage,
    String supportLevel,
    List<Measure> measures,
    String needsAssessment,
    String supportPlan,
    LocalDate supportStart,
    LocalDate reviewDate,
    Instant hearingClosedAt,
    Instant unansweredRecordedAt,
    Instant escalatedAt,
    UUID followUpCaseId) {

  List<Measure> pupilLevelMeasures() {
    return measures.stream().filter(Measure::pupilLevel).toList();
  }
}
