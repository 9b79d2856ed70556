package fi.kanslia.documents;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extends signed decisions to PAdES-BASELINE-LTA for the archive, with EU DSS
 * ({@code PAdESService.extendDocument}): the certificates and the revocation data (CRLs, OCSP
 * responses) of the signer's and the time-stamping authorities' chains go into the document's DSS
 * dictionary in one incremental revision, and a document time stamp over everything in another.
 * The signed revision's bytes are never touched: the result starts with the input.
 *
 * <p>Idempotent: a file that is already PAdES-BASELINE-LTA is returned unchanged while its newest
 * document time stamp stays trustworthy, i.e. while the certificate of the authority that issued it
 * is valid for longer than the renewal margin. Once it is not, the call renews the archive time
 * stamp: validation data for the previous time stamps plus a new document time stamp (still LTA),
 * at most once in {@link #MINIMUM_RENEWAL_INTERVAL} (30 days), so a TSA whose own certificate is
 * near its end does not make every run re-stamp. A scheduled job can therefore run it over the
 * whole archive as often as it likes.
 *
 * <p>Thread-safe.
 */
public final class SignatureExtender {

    /** Renew the archive time stamp this long before its authority's certificate expires. */
    public static final Duration DEFAULT_RENEWAL_MARGIN = Duration.ofDays(365);
    /**
     * At most one renewal in this time: when the TSA's own certificate nears its end, re-stamping
     * every night would only grow the file.
     */
    static final Duration MINIMUM_RENEWAL_INTERVAL = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(SignatureExtender.class);

    private final List<X509Certificate> trustAnchors;
    private final RevocationSource revocation;
    private final TimestampClient timestamps;
    private final Clock clock;
    private final Duration renewalMargin;

    /**
     * @param trustAnchors the root certificates of the signer's and the time-stamping authorities' chains
     * @param revocation   {@link RevocationSource#offline} (development PKI, tests) or {@link RevocationSource#online()}
     * @param timestamps   the time-stamping authority for the document time stamps
     */
    public SignatureExtender(List<X509Certificate> trustAnchors, RevocationSource revocation, TimestampClient timestamps) {
        this(trustAnchors, revocation, timestamps, Clock.systemUTC(), DEFAULT_RENEWAL_MARGIN);
    }

    /**
     * @param clock         decides whether an archive time stamp is due for renewal
     * @param renewalMargin how long before the time-stamping certificate expires to renew
     */
    public SignatureExtender(List<X509Certificate> trustAnchors, RevocationSource revocation, TimestampClient timestamps,
            Clock clock, Duration renewalMargin) {
        if (trustAnchors == null || trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is required");
        }
        this.trustAnchors = List.copyOf(trustAnchors);
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (renewalMargin == null || renewalMargin.isNegative()) {
            throw new IllegalArgumentException("renewalMargin must be zero or positive");
        }
        this.renewalMargin = renewalMargin;
    }

    /**
     * Extends a signed PDF to PAdES-BASELINE-LTA, or renews its archive time stamp, or returns it
     * unchanged (see the class comment).
     *
     * @param signedPdf a PAdES-BASELINE-B, -T, -LT or -LTA document
     * @return the LTA document: {@code signedPdf} followed by the extension revisions, or {@code signedPdf} itself
     * @throws IllegalArgumentException when the file has no PAdES baseline signature
     * @throws IllegalStateException    when DSS refuses to extend, e.g. revocation data is missing or
     *                                  a certificate is revoked
     * @throws TimestampException       when no time stamp can be obtained
     */
    public byte[] extendToLta(byte[] signedPdf) {
        Objects.requireNonNull(signedPdf, "signedPdf");
        SignatureWrapper signature = lastSignature(signedPdf);
        PadesLevel level = signature == null ? PadesLevel.NONE : PadesLevel.of(signature.getSignatureFormat());
        if (level == PadesLevel.NONE || level == PadesLevel.NOT_BASELINE) {
            throw new IllegalArgumentException("The file has no PAdES baseline signature (" + level + ")");
        }
        if (level == PadesLevel.BASELINE_LTA && !renewalDue(signature)) {
            LOG.debug("Already PAdES-BASELINE-LTA with a current archive time stamp; nothing to do");
            return signedPdf;
        }
        byte[] extended = extend(signedPdf);
        if (extended.length <= signedPdf.length
                || !Arrays.equals(extended, 0, signedPdf.length, signedPdf, 0, signedPdf.length)) {
            throw new IllegalStateException("The extension rewrote the signed revision; refusing its result");
        }
        LOG.info("Extended a {} signature to PAdES-BASELINE-LTA ({} bytes added)", level, extended.length - signedPdf.length);
        return extended;
    }

    /** The PAdES level of the file's last signature, as DSS detects it. */
    public PadesLevel levelOf(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        try {
            SignatureWrapper signature = lastSignature(pdf);
            return signature == null ? PadesLevel.NONE : PadesLevel.of(signature.getSignatureFormat());
        } catch (RuntimeException e) {
            LOG.debug("Unreadable as a signed document: {}", e.getMessage());
            return PadesLevel.NONE;
        }
    }

    /**
     * The file's last signature as DSS reads it. Level and time stamps are a matter of the file's
     * structure, so nothing is fetched for this; the extension itself uses the revocation source.
     */
    private SignatureWrapper lastSignature(byte[] pdf) {
        Reports reports = DssValidation.validate(pdf, RevocationSource.offline(List.of()).certificateVerifier(trustAnchors),
                clock.instant());
        return DssValidation.lastSignature(reports);
    }

    private byte[] extend(byte[] signedPdf) {
        PAdESService service = new PAdESService(revocation.certificateVerifier(trustAnchors));
        service.setTspSource(new TimestampClientTspSource(timestamps));
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LTA);
        // DSS asks for SHA-512 by default; our TimestampClient speaks SHA-256, as for the signature itself.
        parameters.getArchiveTimestampParameters().setDigestAlgorithm(DigestAlgorithm.SHA256);
        DSSDocument result;
        try {
            result = service.extendDocument(new InMemoryDocument(signedPdf), parameters);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimestampException timestampFailure) {
                    throw timestampFailure;
                }
            }
            throw new IllegalStateException("EU DSS refused to extend the signature: " + e.getMessage(), e);
        }
        try (InputStream in = result.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the newest archive (document) time stamp's authority certificate expires within the margin. */
    private boolean renewalDue(SignatureWrapper signature) {
        Instant renewBy = clock.instant().plus(renewalMargin);
        TimestampWrapper newest = null;
        for (TimestampWrapper timestamp : signature.getDocumentTimestamps()) {
            if (newest == null || timestamp.getProductionTime().after(newest.getProductionTime())) {
                newest = timestamp;
            }
        }
        if (newest == null) {
            return true;
        }
        CertificateWrapper tsa = newest.getSigningCertificate();
        boolean expiring = tsa == null || !tsa.getNotAfter().toInstant().isAfter(renewBy);
        boolean recent = newest.getProductionTime().toInstant().isAfter(clock.instant().minus(MINIMUM_RENEWAL_INTERVAL));
        if (expiring && recent) {
            LOG.warn("The newest archive time stamp ({}) is recent but its TSA certificate expires {}: renew the TSA"
                    + " certificate; not re-stamping before {}", newest.getProductionTime().toInstant(),
                    tsa == null ? "(unknown)" : tsa.getNotAfter().toInstant(),
                    newest.getProductionTime().toInstant().plus(MINIMUM_RENEWAL_INTERVAL));
        }
        return expiring && !recent;
    }
}
