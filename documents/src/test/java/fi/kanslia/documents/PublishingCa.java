package fi.kanslia.documents;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A certificate authority like a real one, for tests: its signing and time-stamping certificates
 * name a CRL distribution point (and, if asked, an OCSP responder) on a real HTTP server on
 * 127.0.0.1 with an ephemeral port, which serves the CA's current CRL (DER), answers OCSP requests
 * signed by the CA, and serves the CA certificate (caIssuers). Nothing of it is in the signed files:
 * a verifier learns the revocation status only by fetching it.
 */
final class PublishingCa implements AutoCloseable {

    private static final String MUNICIPALITY = "Järvenpään kaupunki";

    private final X509Certificate root;
    private final KeyPair rootKeys;
    private final SigningCredentials signing;
    private final SigningCredentials timestamping;
    private final LocalTimestampAuthority timestampAuthority;
    private final Map<X509Certificate, Instant> revoked = new ConcurrentHashMap<>();
    private final AtomicInteger crlDownloads = new AtomicInteger();
    private final AtomicInteger ocspRequests = new AtomicInteger();
    private final AtomicInteger certificateDownloads = new AtomicInteger();
    private final int port;
    private HttpServer server;

    private PublishingCa(boolean ocsp) throws IOException, GeneralSecurityException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        String base = "http://127.0.0.1:" + port;
        DevelopmentCertificates.Publication publication = new DevelopmentCertificates.Publication(
                base + "/ca.crl", ocsp ? base + "/ocsp" : null, base + "/ca.cer");
        Instant now = Instant.now();
        rootKeys = DevelopmentCertificates.rsa3072();
        root = DevelopmentCertificates.rootCa(rootKeys,
                DevelopmentCertificates.name("Kanslia test root CA (online revocation)", MUNICIPALITY), now);
        KeyPair signingKeys = DevelopmentCertificates.rsa3072();
        X509Certificate signer = DevelopmentCertificates.signer(signingKeys.getPublic(),
                DevelopmentCertificates.name(MUNICIPALITY + " decision signing (test)", MUNICIPALITY), root, rootKeys,
                now, publication);
        KeyPair tsaKeys = DevelopmentCertificates.rsa3072();
        X509Certificate tsa = DevelopmentCertificates.timestamping(tsaKeys.getPublic(),
                DevelopmentCertificates.name(MUNICIPALITY + " time-stamping (test)", MUNICIPALITY), root, rootKeys,
                now, publication);
        signing = new SigningCredentials(signingKeys.getPrivate(), List.of(signer, root));
        timestamping = new SigningCredentials(tsaKeys.getPrivate(), List.of(tsa, root));
        timestampAuthority = new LocalTimestampAuthority(timestamping);
        serve();
    }

    /** A CA whose certificates name only a CRL distribution point. */
    static PublishingCa withCrl() {
        return create(false);
    }

    /** A CA whose certificates name an OCSP responder besides the CRL distribution point. */
    static PublishingCa withOcspAndCrl() {
        return create(true);
    }

    private static PublishingCa create(boolean ocsp) {
        try {
            return new PublishingCa(ocsp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    X509Certificate root() {
        return root;
    }

    SigningCredentials signingCredentials() {
        return signing;
    }

    TimestampClient timestamps() {
        return timestampAuthority.client();
    }

    /** The CA's time-stamping authority with its clock at {@code instant}: a decision signed then. */
    TimestampClient timestampsAt(Instant instant) {
        return new LocalTimestampAuthority(timestamping, Clock.fixed(instant, ZoneOffset.UTC)).client();
    }

    /** A Finnish decision signed with the CA's signing key, its signature time stamp from {@code when}. */
    byte[] decisionSignedAt(Instant when) {
        return new PadesSigner(signing, timestampsAt(when)).sign(
                new PdfaDecisionRenderer().render(DecisionFixtures.finnishSchoolPlace()), "Järvenpää", "Päätös");
    }

    /** Publishes from now on that the signing certificate was revoked (key compromise) at {@code when}. */
    void revokeSigningCertificate(Instant when) {
        revoked.put(signing.signerCertificate(), when);
    }

    /** Publishes from now on that nothing is revoked. */
    void revokeNothing() {
        revoked.clear();
    }

    /** Stops answering: connections to the CRL and OCSP addresses are refused. */
    void goDown() {
        server.stop(0);
    }

    /** Answers again, on the same port. */
    void comeUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        serve();
    }

    int crlDownloads() {
        return crlDownloads.get();
    }

    int ocspRequests() {
        return ocspRequests.get();
    }

    /** Requests for the CA certificate (caIssuers). */
    int certificateDownloads() {
        return certificateDownloads.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve() {
        server.createContext("/ca.crl", exchange -> {
            crlDownloads.incrementAndGet();
            respond(exchange, "application/pkix-crl", currentCrl());
        });
        server.createContext("/ocsp", exchange -> {
            ocspRequests.incrementAndGet();
            byte[] request = exchange.getRequestBody().readAllBytes();
            respond(exchange, "application/ocsp-response", ocspResponse(request));
        });
        server.createContext("/ca.cer", exchange -> {
            certificateDownloads.incrementAndGet();
            try {
                respond(exchange, "application/pkix-cert", root.getEncoded());
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        });
        server.start();
    }

    private byte[] currentCrl() throws IOException {
        try {
            return DevelopmentCertificates.crl(root, rootKeys, Instant.now(), Map.copyOf(revoked)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** A response signed by the CA itself (RFC 6960 4.2.2.2), with the request's nonce if it had one. */
    private byte[] ocspResponse(byte[] requestDer) throws IOException {
        try {
            OCSPReq request = new OCSPReq(requestDer);
            Instant now = Instant.now();
            BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(root.getPublicKey(),
                    new JcaDigestCalculatorProviderBuilder().build().get(RespID.HASH_SHA1));
            for (Req single : request.getRequestList()) {
                Instant revokedAt = revoked.entrySet().stream()
                        .filter(entry -> entry.getKey().getSerialNumber().equals(single.getCertID().getSerialNumber()))
                        .map(Map.Entry::getValue)
                        .findFirst().orElse(null);
                CertificateStatus status = revokedAt == null ? CertificateStatus.GOOD
                        : new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise);
                builder.addResponse(single.getCertID(), status, Date.from(now),
                        Date.from(now.plus(Duration.ofDays(1))), null);
            }
            Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(nonce));
            }
            BasicOCSPResp response = builder.build(
                    new JcaContentSignerBuilder(DevelopmentCertificates.SIGNATURE_ALGORITHM).build(rootKeys.getPrivate()),
                    new X509CertificateHolder[] {new JcaX509CertificateHolder(root)}, Date.from(now));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, response).getEncoded();
        } catch (OCSPException | OperatorCreationException | GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
