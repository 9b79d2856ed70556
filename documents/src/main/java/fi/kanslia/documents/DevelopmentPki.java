package fi.kanslia.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local certificate authority for development and the embedded default: an RSA-3072 root CA, a
 * document-signing certificate, a time-stamping certificate and a CRL. Everything is generated at
 * run time into a directory and reloaded from it, so documents signed before a restart stay
 * verifiable. Never use it for real decisions: production signs with the municipality's own
 * certificate ({@link SigningCredentials#fromPkcs12}) and time-stamping authority.
 *
 * <p>Files: {@code root-ca.p12}, {@code signing.p12}, {@code tsa.p12} (PKCS#12, protected by the
 * random password in {@code store-password}), {@code root-ca.cer} and {@code development-ca.crl} (DER).
 */
public final class DevelopmentPki {

    static final String ROOT_FILE = "root-ca.p12";
    static final String SIGNING_FILE = "signing.p12";
    static final String TSA_FILE = "tsa.p12";
    static final String ROOT_CERT_FILE = "root-ca.cer";
    static final String CRL_FILE = "development-ca.crl";
    static final String PASSWORD_FILE = "store-password";
    private static final Duration CRL_RENEWAL_MARGIN = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentPki.class);

    private final X509Certificate root;
    private final SigningCredentials signing;
    private final SigningCredentials tsa;
    private final LocalTimestampAuthority timestampAuthority;
    private final X509CRL crl;

    private DevelopmentPki(X509Certificate root, SigningCredentials signing, SigningCredentials tsa, X509CRL crl) {
        this.root = root;
        this.signing = signing;
        this.tsa = tsa;
        this.timestampAuthority = new LocalTimestampAuthority(tsa);
        this.crl = crl;
    }

    /**
     * Loads the PKI from {@code directory}, or creates it there when the directory holds none. A CRL
     * that expires within a week is reissued.
     *
     * @param municipalityName shown in the certificates' names when they are created
     */
    public static DevelopmentPki loadOrCreate(Path directory, String municipalityName) {
        try {
            Files.createDirectories(directory);
            if (Files.exists(directory.resolve(ROOT_FILE))) {
                return load(directory);
            }
            return create(directory, municipalityName);
        } catch (IOException e) {
            throw new UncheckedIOException("Development PKI in " + directory + " is unusable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Development PKI in " + directory + " is unusable", e);
        }
    }

    /** The key and chain that sign decisions. */
    public SigningCredentials signingCredentials() {
        return signing;
    }

    /** The time-stamping authority with the development TSA certificate (one instance, thread-safe). */
    public LocalTimestampAuthority timestampAuthority() {
        return timestampAuthority;
    }

    /** The time-stamping authority's key and chain, e.g. for a second authority instance with its own clock. */
    SigningCredentials timestampCredentials() {
        return tsa;
    }

    /** The time-stamping authority's certificate, e.g. to publish next to the /tsa endpoint. */
    public X509Certificate timestampCertificate() {
        return tsa.signerCertificate();
    }

    /** The trust anchor for {@link SignatureVerifier}. */
    public X509Certificate rootCertificate() {
        return root;
    }

    /** The current CRL of the development CA (nothing revoked). */
    public X509CRL crl() {
        return crl;
    }

    private static DevelopmentPki create(Path directory, String municipalityName)
            throws IOException, GeneralSecurityException {
        if (municipalityName == null || municipalityName.isBlank()) {
            throw new IllegalArgumentException("municipalityName is required to create a development PKI");
        }
        Instant now = Instant.now();
        char[] password = newPassword(directory);
        KeyPair rootKeys = DevelopmentCertificates.rsa3072();
        X509Certificate root = DevelopmentCertificates.rootCa(rootKeys,
                DevelopmentCertificates.name("Kanslia development root CA, " + municipalityName, municipalityName), now);
        KeyPair signingKeys = DevelopmentCertificates.rsa3072();
        X509Certificate signer = DevelopmentCertificates.signer(signingKeys.getPublic(),
                DevelopmentCertificates.name(municipalityName + " decision signing (development)", municipalityName),
                root, rootKeys, now);
        KeyPair tsaKeys = DevelopmentCertificates.rsa3072();
        X509Certificate tsaCertificate = DevelopmentCertificates.timestamping(tsaKeys.getPublic(),
                DevelopmentCertificates.name(municipalityName + " time-stamping (development)", municipalityName),
                root, rootKeys, now);
        X509CRL crl = DevelopmentCertificates.crl(root, rootKeys, now);

        SigningCredentials rootCredentials = new SigningCredentials(rootKeys.getPrivate(), List.of(root));
        SigningCredentials signing = new SigningCredentials(signingKeys.getPrivate(), List.of(signer, root));
        SigningCredentials tsa = new SigningCredentials(tsaKeys.getPrivate(), List.of(tsaCertificate, root));
        writePkcs12(directory.resolve(SIGNING_FILE), "signing", signing, password);
        writePkcs12(directory.resolve(TSA_FILE), "tsa", tsa, password);
        write(directory.resolve(ROOT_CERT_FILE), root.getEncoded());
        write(directory.resolve(CRL_FILE), crl.getEncoded());
        // The root key is written last: its presence marks a complete PKI.
        writePkcs12(directory.resolve(ROOT_FILE), "root-ca", rootCredentials, password);
        LOG.warn("Created a development PKI in {}: decisions signed with it are not legally valid", directory);
        return new DevelopmentPki(root, signing, tsa, crl);
    }

    private static DevelopmentPki load(Path directory) throws IOException, GeneralSecurityException {
        char[] password = Files.readString(directory.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII).trim()
                .toCharArray();
        SigningCredentials rootCredentials = SigningCredentials.fromPkcs12(directory.resolve(ROOT_FILE), password, null);
        SigningCredentials signing = SigningCredentials.fromPkcs12(directory.resolve(SIGNING_FILE), password, null);
        SigningCredentials tsa = SigningCredentials.fromPkcs12(directory.resolve(TSA_FILE), password, null);
        X509Certificate root = rootCredentials.signerCertificate();
        Path crlFile = directory.resolve(CRL_FILE);
        X509CRL crl = Files.exists(crlFile) ? readCrl(crlFile) : null;
        Instant now = Instant.now();
        if (crl == null || crl.getNextUpdate().toInstant().isBefore(now.plus(CRL_RENEWAL_MARGIN))) {
            KeyPair rootKeys = new KeyPair(root.getPublicKey(), rootCredentials.privateKey());
            crl = DevelopmentCertificates.crl(root, rootKeys, now);
            write(crlFile, crl.getEncoded());
        }
        return new DevelopmentPki(root, signing, tsa, crl);
    }

    private static X509CRL readCrl(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        }
    }

    private static char[] newPassword(Path directory) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        write(directory.resolve(PASSWORD_FILE), password.getBytes(StandardCharsets.US_ASCII));
        return password.toCharArray();
    }

    private static void writePkcs12(Path file, String alias, SigningCredentials credentials, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, credentials.privateKey(), password,
                credentials.certificateChain().toArray(Certificate[]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        write(file, out.toByteArray());
    }

    /** Writes through a temporary file, readable by the owner only where the file system allows. */
    private static void write(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection applies.
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
