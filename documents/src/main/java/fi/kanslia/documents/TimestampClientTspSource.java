package fi.kanslia.documents;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * Lets EU DSS obtain its time stamps (document time stamps when extending) from our
 * {@link TimestampClient}. DSS declares its sources serializable; this one is used in process only
 * (the client is not serialized).
 */
final class TimestampClientTspSource implements TSPSource {

    private static final long serialVersionUID = 1L;

    private final transient TimestampClient timestamps;

    TimestampClientTspSource(TimestampClient timestamps) {
        this.timestamps = timestamps;
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        if (digestAlgorithm != DigestAlgorithm.SHA256) {
            throw new DSSException("Only SHA-256 time stamps are requested, not " + digestAlgorithm);
        }
        try {
            return new TimestampBinary(timestamps.timestampTokenForSha256(digest));
        } catch (TimestampException e) {
            throw new DSSException("No time stamp: " + e.getMessage(), e);
        }
    }
}
