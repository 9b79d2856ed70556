package fi.kanslia.decision;

import java.time.Instant;
import java.util.UUID;

/** A decision without its document bytes; the title is known once the document is issued. */
public record DecisionSummary(
    UUID id,
    String municipalityCode,
    UUID caseId,
    String decisionType,
    Outcome outcome,
    String reasoning,
    UUID decidedBy,
    Instant decidedAt,
    String language,
    DecisionStatus status,
    Instant signedAt,
    String archiveObjectId,
    String title) {}
