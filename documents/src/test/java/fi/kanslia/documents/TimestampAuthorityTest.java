package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local TSA served over real HTTP on the loopback interface, as the application serves /tsa. */
class TimestampAuthorityTest {

    @TempDir
    static Path pkiDirectory;
    static DevelopmentPki pki;
    static HttpServer server;
    static URI tsaUri;

    @BeforeAll
    static void serveTsa() throws IOException {
        pki = DevelopmentPki.loadOrCreate(pkiDirectory, "Närpes stad");
        LocalTimestampAuthority authority = pki.timestampAuthority();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                byte[] reply = authority.respond(in.readAllBytes());
                exchange.getResponseHeaders().set("Content-Type", HttpTimestampClient.REPLY_TYPE);
                exchange.sendResponseHeaders(200, reply.length);
                out.write(reply);
            }
        });
        server.createContext("/not-a-tsa", exchange -> {
            byte[] page = "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        tsaUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void httpClientGetsATokenOverTheDataSignedByTheTsaCertificate() throws Exception {
        byte[] data = "signature value".getBytes(StandardCharsets.UTF_8);
        Instant before = Instant.now().minusSeconds(1);

        byte[] der = new HttpTimestampClient(tsaUri).timestampToken(data);

        TimeStampToken token = new TimeStampToken(new CMSSignedData(der));
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(pki.timestampCertificate()));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(Rfc3161.sha256(data));
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void aDecisionTimestampedOverHttpIsBaselineT() {
        PadesSigner signer = new PadesSigner(pki.signingCredentials(), new HttpTimestampClient(tsaUri));
        byte[] signed = signer.sign(new PdfaDecisionRenderer().render(DecisionFixtures.swedishConfidentialSupport()),
                "Närpes", "Beslut");

        VerificationReport report = new SignatureVerifier(List.of(pki.rootCertificate()), List.of(pki.crl()))
                .verify(signed);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.signatureLevel()).isEqualTo("PAdES-BASELINE-T");
    }

    @Test
    void anEndpointThatIsNotATsaFailsSigningInsteadOfDowngradingIt() {
        PadesSigner signer = new PadesSigner(pki.signingCredentials(),
                new HttpTimestampClient(tsaUri.resolve("/not-a-tsa"), Duration.ofSeconds(5)));
        byte[] unsigned = new PdfaDecisionRenderer().render(DecisionFixtures.finnishSchoolPlace());

        assertThatThrownBy(() -> signer.sign(unsigned, "Järvenpää", "Päätös"))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("text/html");
    }

    @Test
    void anUnreachableTsaIsReportedAsSuch() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpTimestampClient client = new HttpTimestampClient(URI.create("http://127.0.0.1:" + closedPort + "/tsa"),
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.timestampToken(new byte[] {1}))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void aMalformedRequestGetsARejectionNotAnError() throws Exception {
        TimeStampResponse response = new TimeStampResponse(pki.timestampAuthority().respond(new byte[] {0x30, 0x03, 1}));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getTimeStampToken()).isNull();
    }
}
