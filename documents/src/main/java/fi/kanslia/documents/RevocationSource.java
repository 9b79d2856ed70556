package fi.kanslia.documents;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where EU DSS takes revocation data (CRLs, OCSP responses) from when it validates or extends a
 * signature: {@link #offline(List)} for CRLs at hand (the development PKI's, or those kept at
 * archive ingest), {@link #online()} for the CRL distribution points, OCSP responders and issuer
 * certificates (AIA) named in the certificates themselves, as production extension needs.
 */
public final class RevocationSource {

    private final List<byte[]> crls;
    private final boolean online;

    private RevocationSource(List<byte[]> crls, boolean online) {
        this.crls = crls;
        this.online = online;
    }

    /** Only the given CRLs; nothing is fetched. */
    public static RevocationSource offline(List<X509CRL> crls) {
        List<byte[]> encoded = new ArrayList<>();
        for (X509CRL crl : Objects.requireNonNull(crls, "crls")) {
            try {
                encoded.add(crl.getEncoded());
            } catch (CRLException e) {
                throw new IllegalArgumentException("Unreadable CRL from " + crl.getIssuerX500Principal(), e);
            }
        }
        return new RevocationSource(List.copyOf(encoded), false);
    }

    /** CRLs and OCSP responses downloaded over HTTP from the addresses in the certificates (DSS online sources). */
    public static RevocationSource online() {
        return new RevocationSource(List.of(), true);
    }

    /** A DSS certificate verifier that trusts {@code trustAnchors} and takes revocation data from this source. */
    CommonCertificateVerifier certificateVerifier(List<X509Certificate> trustAnchors) {
        if (trustAnchors == null || trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is required");
        }
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        if (online) {
            CommonsDataLoader http = new CommonsDataLoader();
            verifier.setAIASource(new DefaultAIASource(http));
            verifier.setCrlSource(new OnlineCRLSource(http));
            verifier.setOcspSource(new OnlineOCSPSource(new OCSPDataLoader()));
        } else {
            verifier.setAIASource(null);
            verifier.setOcspSource(null);
            verifier.setCrlSource(crls.isEmpty() ? null : new ExternalResourcesCRLSource(
                    crls.stream().map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
        }
        return verifier;
    }
}
