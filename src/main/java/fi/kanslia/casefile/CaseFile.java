package fi.kanslia.casefile;

import java.time.Instant;
import java.util.UUID;

/** A case as the register holds it. */
public record CaseFile(
    UUID id,
    String municipalityCode,
    String caseNumber,
    String caseType,
    String taskClassCode,
    UUID childId,
    CaseStatus status,
    Instant openedAt,
    Instant updatedAt) {}
