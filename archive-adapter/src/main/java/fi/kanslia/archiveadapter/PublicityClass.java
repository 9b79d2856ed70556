package fi.kanslia.archiveadapter;

/**
 * Publicity of an archived record under the Act on the Openness of Government Activities (621/1999).
 */
public enum PublicityClass {
    /** Public document. */
    PUBLIC,
    /** Partly confidential: the public parts must be released on request (JulkL 10 §). */
    PARTLY_CONFIDENTIAL,
    /** Confidential as a whole (JulkL 24 §). */
    CONFIDENTIAL
}
