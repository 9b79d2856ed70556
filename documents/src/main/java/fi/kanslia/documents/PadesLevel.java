package fi.kanslia.documents;

/**
 * The PAdES baseline level of a signed document (ETSI EN 319 142-1), as EU DSS detects it from the
 * file's structure.
 */
public enum PadesLevel {
    /** No signature at all. */
    NONE,
    /** Signed, but not to a PAdES baseline profile (e.g. adbe.pkcs7.detached). */
    NOT_BASELINE,
    /** PAdES-BASELINE-B: a signature without a time stamp. */
    BASELINE_B,
    /** PAdES-BASELINE-T: with a signature time stamp; what {@link PadesSigner} produces. */
    BASELINE_T,
    /** PAdES-BASELINE-LT: with the validation data (certificates, CRLs/OCSP responses) in the DSS dictionary. */
    BASELINE_LT,
    /** PAdES-BASELINE-LTA: LT plus a document time stamp over the validation data; what {@link SignatureExtender} produces. */
    BASELINE_LTA;

    static PadesLevel of(eu.europa.esig.dss.enumerations.SignatureLevel dssLevel) {
        if (dssLevel == null) {
            return NONE;
        }
        return switch (dssLevel) {
            case PAdES_BASELINE_B -> BASELINE_B;
            case PAdES_BASELINE_T -> BASELINE_T;
            case PAdES_BASELINE_LT -> BASELINE_LT;
            case PAdES_BASELINE_LTA -> BASELINE_LTA;
            default -> NOT_BASELINE;
        };
    }
}
