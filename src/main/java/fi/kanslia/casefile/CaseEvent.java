package fi.kanslia.casefile;

import java.time.Instant;

/** One step in a case's history. */
public record CaseEvent(Instant occurredAt, CaseStatus status) {}
