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
}
