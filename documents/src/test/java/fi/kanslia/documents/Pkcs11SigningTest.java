package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a decision with a key generated inside a real PKCS#11 token (SoftHSM 2), non-extractable,
 * through {@link SigningCredentials#fromPkcs11}, and verifies it with EU DSS.
 *
 * <p>Needs SoftHSM 2 and OpenSC's pkcs11-tool ({@code apt-get install softhsm2 opensc}) and the
 * environment variable SOFTHSM2_CONF, which the Maven build sets to
 * {@code documents/target/softhsm/softhsm2.conf} (the library reads it when it is loaded, so the
 * test JVM must start with it). Where any of these is missing the test is reported as skipped
 * with the reason; {@link NonExtractableKeyTest} covers the provider path in every build.
 */
class Pkcs11SigningTest {

    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11SigningTest.class);
    private static final List<Path> LIBRARIES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));
    private static final String PIN = "246810";
    private static final String LABEL = "kanslia-test";

    static final SignedDecisions decisions = SignedDecisions.shared();

    @Test
    void aDecisionSignedWithANonExtractableKeyInASoftHsmTokenIsValid() throws Exception {
        Path library = requireSoftHsm();
        Path directory = Path.of(System.getenv("SOFTHSM2_CONF")).getParent();
        String slot = initialiseToken(directory);
        run("pkcs11-tool", "--module", library.toString(), "--token-label", LABEL, "--login", "--pin", PIN,
                "--keypairgen", "--key-type", "rsa:3072", "--id", "01", "--label", "signing");
        Path publicKeyFile = directory.resolve("signing-public.der");
        run("pkcs11-tool", "--module", library.toString(), "--token-label", LABEL,
                "--read-object", "--type", "pubkey", "--id", "01", "-o", publicKeyFile.toString());
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicKeyFile)));

        // A CA of its own certifies the token's key; its certificates go into the token.
        Instant now = Instant.now();
        KeyPair caKeys = DevelopmentCertificates.rsa3072();
        X509Certificate ca = DevelopmentCertificates.rootCa(caKeys,
                DevelopmentCertificates.name("Kanslia HSM test CA", "Järvenpään kaupunki"), now);
        X509Certificate signerCertificate = DevelopmentCertificates.signer(publicKey,
                DevelopmentCertificates.name("Järvenpään kaupunki decision signing (HSM)", "Järvenpään kaupunki"),
                ca, caKeys, now);
        X509CRL crl = DevelopmentCertificates.crl(ca, caKeys, now);
        writeCertificate(library, directory, signerCertificate, "01", "signing");
        writeCertificate(library, directory, ca, "02", "ca");
        Path config = directory.resolve("pkcs11.cfg");
        Files.writeString(config, "name = KansliaSoftHsm\nlibrary = " + library + "\nslot = " + slot + "\n",
                StandardCharsets.UTF_8);

        SigningCredentials credentials = SigningCredentials.fromPkcs11(config, PIN.toCharArray(), "signing");

        assertThat(credentials.provider()).isPresent();
        assertThat(credentials.privateKey().getEncoded()).as("a sensitive token key has no encoding").isNull();
        assertThat(credentials.certificateChain()).containsExactly(signerCertificate, ca);
        PadesSigner signer = new PadesSigner(credentials, decisions.pki().timestampAuthority().client());
        byte[] signed = signer.sign(decisions.renderer().render(DecisionFixtures.finnishSchoolPlace()), "Järvenpää", "Päätös");
        SignatureVerifier verifier = new SignatureVerifier(List.of(ca, decisions.pki().rootCertificate()),
                List.of(crl, decisions.pki().crl()));
        VerificationReport report = verifier.verify(signed);
        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.signerName()).isEqualTo("Järvenpään kaupunki decision signing (HSM)");
        assertThat(report.level()).isEqualTo(PadesLevel.BASELINE_T);
    }

    /** Reports, as a skipped test with its reason, what is missing for a real token. */
    private static Path requireSoftHsm() {
        Optional<Path> library = LIBRARIES.stream().filter(Files::isReadable).findFirst();
        List<String> missing = new ArrayList<>();
        if (library.isEmpty()) {
            missing.add("libsofthsm2.so (apt-get install softhsm2)");
        }
        for (String tool : List.of("softhsm2-util", "pkcs11-tool")) {
            if (!onPath(tool)) {
                missing.add(tool + " (apt-get install softhsm2 opensc)");
            }
        }
        if (System.getenv("SOFTHSM2_CONF") == null) {
            missing.add("the environment variable SOFTHSM2_CONF (run through Maven, which sets it)");
        }
        if (!missing.isEmpty()) {
            String reason = "PKCS#11 test against SoftHSM not run; missing: " + String.join(", ", missing);
            LOG.warn(reason);
            Assumptions.abort(reason);
        }
        return library.get();
    }

    /** A fresh token store in {@code directory}; returns the slot id SoftHSM gave the new token. */
    private static String initialiseToken(Path directory) throws IOException, InterruptedException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory.resolve("tokens"));
        Files.writeString(directory.resolve("softhsm2.conf"), "directories.tokendir = " + directory.resolve("tokens")
                + "\nobjectstore.backend = file\nlog.level = ERROR\n", StandardCharsets.UTF_8);
        String output = run("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", PIN, "--so-pin", "13579111");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        assertThat(slot.find()).as("slot in: %s", output).isTrue();
        return slot.group(1);
    }

    private static void writeCertificate(Path library, Path directory, X509Certificate certificate, String id, String label)
            throws Exception {
        Path file = directory.resolve(label + ".cer");
        Files.write(file, certificate.getEncoded());
        run("pkcs11-tool", "--module", library.toString(), "--token-label", LABEL, "--login", "--pin", PIN,
                "--write-object", file.toString(), "--type", "cert", "--id", id, "--label", label);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", Arrays.toString(command), output).isZero();
        return output;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, tool)));
    }
}
