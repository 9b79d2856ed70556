package fi.kanslia.admission.internal;

import java.time.Instant;
import java.util.UUID;

/** A guardian's application to a round: a case of its own. */
record Application(UUID caseId, UUID roundId, String municipalityCode, UUID childId,
    UUID guardianId, Instant submittedAt, UUID placedProgrammeId, String answer) {}
