package fi.kanslia.documents;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.RevocationReason;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the revocation data behind a signature says, in words for the archivist and the person on
 * the public verification page: DSS's own messages ("The certificate validation is not conclusive!")
 * do not tell them that a certificate was revoked or that its status could not be fetched.
 */
final class RevocationFindings {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private RevocationFindings() {
    }

    /**
     * @param signature the signature DSS validated (its chain and its time stamps' chains are examined)
     * @param passed    whether DSS found the signature valid: then a revocation is reported as
     *                  information (the time stamp proves the signature is older), otherwise as an error
     */
    static List<String> of(SignatureWrapper signature, boolean passed) {
        if (signature == null) {
            return List.of();
        }
        List<String> findings = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        Set<String> inTrustedChains = new HashSet<>();
        for (CertificateWrapper certificate : certificates(signature, inTrustedChains)) {
            if (certificate.isTrusted() || certificate.isSelfSigned()) {
                continue; // A trust anchor is trusted as such; nothing revokes it.
            }
            Optional<CertificateRevocationWrapper> revocation = certificate.getCertificateRevocationData().stream()
                    .filter(CertificateRevocationWrapper::isRevoked)
                    .min(Comparator.comparing(CertificateRevocationWrapper::getRevocationDate));
            if (revocation.isPresent()) {
                findings.add(revoked(certificate, revocation.get(), passed));
            } else if (certificate.getCertificateRevocationData().isEmpty()
                    && inTrustedChains.contains(certificate.getId())) {
                // Revocation data is looked for only in chains that reach a trust anchor.
                unchecked.add("\"" + name(certificate) + "\"");
            }
        }
        if (!passed && !unchecked.isEmpty()) {
            findings.add("Error: the revocation status of the certificate" + (unchecked.size() > 1 ? "s " : " ")
                    + String.join(", ", unchecked) + " could not be checked: no revocation list (CRL) or OCSP"
                    + " response was available from the certificate authority, which may be unreachable. The"
                    + " signature cannot be confirmed now; check again later.");
        }
        return findings;
    }

    private static String revoked(CertificateWrapper certificate, CertificateRevocationWrapper revocation,
            boolean passed) {
        RevocationReason reason = revocation.getReason();
        String when = TIME.format(revocation.getRevocationDate().toInstant())
                + (reason == null ? "" : ", reason: " + reason.name().replace('_', ' ').toLowerCase(Locale.ROOT));
        if (passed) {
            return "Info: the certificate \"" + name(certificate) + "\" was revoked on " + when
                    + ", after the signature's time stamp: the signature was made before the revocation.";
        }
        return "Error: the certificate \"" + name(certificate) + "\" has been revoked (on " + when + ").";
    }

    /**
     * The signer's chain first, then the chains of the time stamps' authorities, each certificate
     * once; the ids of those in chains that reach a trust anchor are also put into {@code trusted}.
     */
    private static List<CertificateWrapper> certificates(SignatureWrapper signature, Set<String> trusted) {
        Map<String, CertificateWrapper> byId = new LinkedHashMap<>();
        add(signature.getCertificateChain(), signature.isTrustedChain(), byId, trusted);
        for (TimestampWrapper timestamp : signature.getTimestampList()) {
            add(timestamp.getCertificateChain(), timestamp.isTrustedChain(), byId, trusted);
        }
        return List.copyOf(byId.values());
    }

    private static void add(List<CertificateWrapper> chain, boolean trustedChain, Map<String, CertificateWrapper> all,
            Set<String> trusted) {
        for (CertificateWrapper certificate : chain) {
            all.putIfAbsent(certificate.getId(), certificate);
            if (trustedChain) {
                trusted.add(certificate.getId());
            }
        }
    }

    private static String name(CertificateWrapper certificate) {
        String commonName = certificate.getCommonName();
        return commonName == null || commonName.isBlank() ? certificate.getReadableCertificateName() : commonName;
    }
}
