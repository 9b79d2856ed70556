package fi.kanslia.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** The client side of RFC 3161: build a request, check the response against it. */
final class Rfc3161 {

    private static final SecureRandom NONCES = new SecureRandom();

    private Rfc3161() {
    }

    /** A request for the SHA-256 imprint {@code sha256Digest}, with a nonce and the TSA's certificate asked for. */
    static TimeStampRequest request(byte[] sha256Digest) {
        if (sha256Digest == null || sha256Digest.length != 32) {
            throw new IllegalArgumentException("A SHA-256 digest (32 bytes) is required");
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(NISTObjectIdentifiers.id_sha256, sha256Digest.clone(), new BigInteger(64, NONCES));
    }

    /** Checks status, imprint, nonce and the TSA's certificate identifier; returns the token in DER. */
    static byte[] token(TimeStampRequest request, byte[] responseDer) {
        try {
            TimeStampResponse response = new TimeStampResponse(responseDer);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new TimestampException("Time stamp refused: status " + response.getStatus()
                        + (response.getStatusString() == null ? "" : " " + response.getStatusString()));
            }
            return token.getEncoded("DER");
        } catch (TSPException | IOException e) {
            throw new TimestampException("Unacceptable time-stamp response: " + e.getMessage(), e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
