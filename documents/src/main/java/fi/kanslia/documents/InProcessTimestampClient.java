package fi.kanslia.documents;

import java.io.IOException;
import java.util.Objects;
import org.bouncycastle.tsp.TimeStampRequest;

/** Calls a {@link LocalTimestampAuthority} directly with real RFC 3161 messages, without HTTP. */
public final class InProcessTimestampClient implements TimestampClient {

    private final LocalTimestampAuthority authority;

    public InProcessTimestampClient(LocalTimestampAuthority authority) {
        this.authority = Objects.requireNonNull(authority, "authority");
    }

    @Override
    public byte[] timestampToken(byte[] data) {
        return timestampTokenForSha256(Rfc3161.sha256(data));
    }

    @Override
    public byte[] timestampTokenForSha256(byte[] sha256Digest) {
        TimeStampRequest request = Rfc3161.request(sha256Digest);
        try {
            return Rfc3161.token(request, authority.respond(request.getEncoded()));
        } catch (IOException e) {
            throw new TimestampException("Cannot encode the time-stamp request", e);
        }
    }
}
