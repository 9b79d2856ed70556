package fi.kanslia.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A development PKI with a renderer, signer, verifier and extender wired to it, as the application would.
 * {@link #shared()} is one per test JVM (RSA-3072 generation is slow); its directory is removed
 * when the JVM exits.
 */
record SignedDecisions(DevelopmentPki pki, PdfaDecisionRenderer renderer, PadesSigner signer, SignatureVerifier verifier,
        SignatureExtender extender) {

    static SignedDecisions in(Path directory) {
        DevelopmentPki pki = DevelopmentPki.loadOrCreate(directory, "Järvenpään kaupunki");
        return new SignedDecisions(pki, new PdfaDecisionRenderer(),
                new PadesSigner(pki.signingCredentials(), pki.timestampAuthority().client()),
                new SignatureVerifier(List.of(pki.rootCertificate()), List.of(pki.crl())),
                new SignatureExtender(List.of(pki.rootCertificate()), RevocationSource.offline(List.of(pki.crl())),
                        pki.timestampAuthority().client()));
    }

    static SignedDecisions shared() {
        return Shared.INSTANCE;
    }

    byte[] signedFinnishDecision() {
        return signer.sign(renderer.render(DecisionFixtures.finnishSchoolPlace()), "Järvenpää", "Päätös");
    }

    private static final class Shared {

        static final SignedDecisions INSTANCE = create();

        private static SignedDecisions create() {
            try {
                Path directory = Files.createTempDirectory("kanslia-test-pki");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
                return in(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void delete(Path directory) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A temporary directory left behind is harmless.
            }
        }
    }
}
