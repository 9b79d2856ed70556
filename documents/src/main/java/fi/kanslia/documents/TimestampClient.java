package fi.kanslia.documents;

/**
 * Obtains RFC 3161 time stamps. Implementations: {@link HttpTimestampClient} for a TSA over HTTP
 * (the municipality's in production) and {@link InProcessTimestampClient} for the local TSA.
 */
public interface TimestampClient {

    /**
     * Time-stamps {@code data}: sends its SHA-256 imprint with a nonce, checks that the response
     * matches the request and returns the DER-encoded TimeStampToken.
     *
     * @throws TimestampException when the authority cannot be reached or rejects the request
     */
    byte[] timestampToken(byte[] data);

    /**
     * Time-stamps an already computed SHA-256 digest (32 bytes), e.g. the one EU DSS computes for a
     * document time stamp ({@link SignatureExtender} needs it); otherwise like
     * {@link #timestampToken(byte[])}. Both implementations here support it; a client that can only
     * time-stamp data (e.g. a wrapper written before this method existed) refuses.
     *
     * @throws TimestampException            when the authority cannot be reached or rejects the request
     * @throws UnsupportedOperationException when the client time-stamps data only
     */
    default byte[] timestampTokenForSha256(byte[] sha256Digest) {
        throw new UnsupportedOperationException(getClass().getName()
                + " time-stamps data only; SignatureExtender needs HttpTimestampClient or InProcessTimestampClient");
    }
}
