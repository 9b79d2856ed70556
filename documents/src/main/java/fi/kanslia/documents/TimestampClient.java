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
    default byte[] timestampToken(byte[] data) {
        return timestampTokenForSha256(Rfc3161.sha256(data));
    }

    /**
     * Time-stamps an already computed SHA-256 digest (32 bytes), e.g. the one EU DSS computes for a
     * document time stamp; otherwise like {@link #timestampToken(byte[])}.
     *
     * @throws TimestampException when the authority cannot be reached or rejects the request
     */
    byte[] timestampTokenForSha256(byte[] sha256Digest);
}
