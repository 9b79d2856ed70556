package fi.kanslia.decision.internal;

import fi.kanslia.documents.DevelopmentPki;
import fi.kanslia.documents.HttpTimestampClient;
import fi.kanslia.documents.PadesSigner;
import fi.kanslia.documents.PdfaDecisionRenderer;
import fi.kanslia.documents.RevocationSource;
import fi.kanslia.documents.SignatureExtender;
import fi.kanslia.documents.SignatureVerifier;
import fi.kanslia.documents.SigningCredentials;
import fi.kanslia.documents.TimestampClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Signing and verification. Production: the municipality's PKCS#12 key, its TSA and its trust
 * anchors. Embedded default: a development CA generated at run time (one per JVM, never
 * committed) and the local RFC 3161 timestamp authority served at {@code /tsa}.
 */
@Configuration
class SigningConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

  @Bean
  PdfaDecisionRenderer decisionRenderer() {
    return new PdfaDecisionRenderer();
  }

  @Bean
  SigningSetup signingSetup(Environment environment,
      @Value("${kanslia.signing.keystore:}") String keystore,
      @Value("${kanslia.signing.keystore-password:}") String password,
      @Value("${kanslia.signing.key-alias:}") String alias,
      @Value("${kanslia.signing.pkcs11-config:}") String pkcs11Config,
      @Value("${kanslia.signing.pkcs11-pin:}") String pkcs11Pin,
      @Value("${kanslia.signing.trust-anchors:}") String trustAnchors,
      @Value("${kanslia.signing.tsa-url:}") String tsaUrl) {
    if (!keystore.isBlank() && !pkcs11Config.isBlank()) {
      throw new IllegalStateException("Configure either KANSLIA_SIGNING_KEYSTORE (PKCS#12) or"
          + " KANSLIA_SIGNING_PKCS11_CONFIG (HSM), not both");
    }
    if (!keystore.isBlank() || !pkcs11Config.isBlank()) {
      if (tsaUrl.isBlank() || trustAnchors.isBlank()) {
        throw new IllegalStateException("A production signing key needs KANSLIA_SIGNING_TSA_URL and"
            + " KANSLIA_SIGNING_TRUST_ANCHORS as well");
      }
      SigningCredentials credentials = keystore.isBlank()
          ? SigningCredentials.fromPkcs11(Path.of(pkcs11Config), pkcs11Pin.toCharArray(),
              alias.isBlank() ? null : alias)
          : SigningCredentials.fromPkcs12(Path.of(keystore), password.toCharArray(),
              alias.isBlank() ? null : alias);
      return new SigningSetup(credentials, new HttpTimestampClient(URI.create(tsaUrl)),
          readCertificates(Path.of(trustAnchors)), RevocationSource.online(), null);
    }
    DevelopmentPki pki = DevelopmentPkiHolder.shared();
    TimestampClient timestamps = tsaUrl.isBlank()
        ? new LocalHttpTimestampClient(environment)
        : new HttpTimestampClient(URI.create(tsaUrl));
    return new SigningSetup(pki.signingCredentials(), timestamps, List.of(pki.rootCertificate()),
        RevocationSource.offline(List.of(pki.crl())), pki);
  }

  @Bean
  PadesSigner padesSigner(SigningSetup setup) {
    return new PadesSigner(setup.credentials(), setup.timestamps());
  }

  /**
   * Revocation data as for the extender: the development CRL offline in the embedded default, the
   * CA's CRL/OCSP endpoints online in production (a PAdES-BASELINE-T file carries none of its own).
   */
  @Bean
  SignatureVerifier signatureVerifier(SigningSetup setup) {
    return new SignatureVerifier(setup.trustAnchors(), setup.revocation());
  }

  /** Extends archived signatures to PAdES-BASELINE-LTA (validation data + document time stamp). */
  @Bean
  SignatureExtender signatureExtender(SigningSetup setup) {
    return new SignatureExtender(setup.trustAnchors(), setup.revocation(), setup.timestamps());
  }

  private static List<X509Certificate> readCertificates(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(X509Certificate.class::cast).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the trust anchors " + pem, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The trust anchors " + pem + " are not PEM certificates", e);
    }
  }

  /** What signing and verification are built from. {@code developmentPki} is null in production. */
  record SigningSetup(SigningCredentials credentials, TimestampClient timestamps,
      List<X509Certificate> trustAnchors, RevocationSource revocation,
      DevelopmentPki developmentPki) {}

  /** One development CA per JVM, in a temporary directory: local data does not survive a restart. */
  static final class DevelopmentPkiHolder {
    private static DevelopmentPki shared;

    static synchronized DevelopmentPki shared() {
      if (shared == null) {
        try {
          Path directory = Files.createTempDirectory("kanslia-dev-pki");
          shared = DevelopmentPki.loadOrCreate(directory, "Kanslia development");
          log.info("Generated a development signing CA (not for production) in {}", directory);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return shared;
    }
  }

  /** RFC 3161 over HTTP to this application's own {@code /tsa}, whose port is known after start. */
  static final class LocalHttpTimestampClient implements TimestampClient {
    private final Environment environment;
    private volatile TimestampClient client;

    LocalHttpTimestampClient(Environment environment) {
      this.environment = environment;
    }

    @Override
    public byte[] timestampToken(byte[] data) {
      return delegate().timestampToken(data);
    }

    @Override
    public byte[] timestampTokenForSha256(byte[] sha256Digest) {
      return delegate().timestampTokenForSha256(sha256Digest);
    }

    private TimestampClient delegate() {
      TimestampClient current = client;
      if (current == null) {
        String port = environment.getRequiredProperty("local.server.port");
        current = new HttpTimestampClient(URI.create("http://127.0.0.1:" + port + "/tsa"));
        client = current;
      }
      return current;
    }
  }
}
