package fi.kanslia.documents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.bouncycastle.tsp.TimeStampRequest;

/** RFC 3161 over HTTP (section 3.4): POST application/timestamp-query, expect application/timestamp-reply. */
public final class HttpTimestampClient implements TimestampClient {

    static final String QUERY_TYPE = "application/timestamp-query";
    static final String REPLY_TYPE = "application/timestamp-reply";
    /** Sent by some older authorities instead of the RFC 3161 type. */
    static final String LEGACY_REPLY_TYPE = "application/timestamp-response";

    private final URI uri;
    private final Duration timeout;
    private final HttpClient http;

    public HttpTimestampClient(URI uri) {
        this(uri, Duration.ofSeconds(10));
    }

    public HttpTimestampClient(URI uri, Duration timeout) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] timestampToken(byte[] data) {
        return timestampTokenForSha256(Rfc3161.sha256(data));
    }

    @Override
    public byte[] timestampTokenForSha256(byte[] sha256Digest) {
        TimeStampRequest request = Rfc3161.request(sha256Digest);
        try {
            HttpRequest post = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", QUERY_TYPE)
                    .header("Accept", REPLY_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                    .build();
            HttpResponse<byte[]> response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new TimestampException("Time-stamping authority " + uri + " answered HTTP " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith(REPLY_TYPE) && !type.startsWith(LEGACY_REPLY_TYPE)) {
                throw new TimestampException("Time-stamping authority " + uri + " answered with content type '" + type + "'");
            }
            return Rfc3161.token(request, response.body());
        } catch (IOException e) {
            throw new TimestampException("Time-stamping authority " + uri + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException("Interrupted while waiting for " + uri, e);
        }
    }
}
