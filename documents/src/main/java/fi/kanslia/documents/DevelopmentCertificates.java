package fi.kanslia.documents;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds the development CA, its end-entity certificates and its CRL with BouncyCastle. */
final class DevelopmentCertificates {

    static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    /** Where the CRL would be published; verification is offline, so nothing fetches it. */
    private static final String CRL_URL = "http://localhost/kanslia/development-ca.crl";
    /** Where the CA certificate would be published (authority information access, caIssuers). */
    private static final String CA_URL = "http://localhost/kanslia/development-ca.cer";
    /** The development PKI's addresses: a CRL distribution point and caIssuers, no OCSP responder. */
    static final Publication DEVELOPMENT = new Publication(CRL_URL, null, CA_URL);
    private static final Duration CA_VALIDITY = Duration.ofDays(365L * 30);
    private static final Duration END_ENTITY_VALIDITY = Duration.ofDays(365L * 10);
    private static final Duration CRL_VALIDITY = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevelopmentCertificates() {
    }

    /**
     * The addresses an end-entity certificate names for its revocation status and its issuer: a CRL
     * distribution point, an OCSP responder and the CA certificate (caIssuers). Null leaves one out.
     */
    record Publication(String crlUrl, String ocspUrl, String caIssuersUrl) {
    }

    static KeyPair rsa3072() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, RANDOM);
        return generator.generateKeyPair();
    }

    static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "FI")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    static X509Certificate rootCa(KeyPair keys, X500Name subject, Instant now) throws GeneralSecurityException {
        X509v3CertificateBuilder builder = builder(subject, subject, keys.getPublic(), now, CA_VALIDITY);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
        return sign(builder, keys);
    }

    /** A document-signing certificate: digitalSignature + nonRepudiation, with a CRL distribution point. */
    static X509Certificate signer(PublicKey key, X500Name subject, X509Certificate ca, KeyPair caKeys, Instant now)
            throws GeneralSecurityException {
        return signer(key, subject, ca, caKeys, now, DEVELOPMENT);
    }

    /** A document-signing certificate that names the given addresses. */
    static X509Certificate signer(PublicKey key, X500Name subject, X509Certificate ca, KeyPair caKeys, Instant now,
            Publication publication) throws GeneralSecurityException {
        return endEntity(key, subject, ca, caKeys, now,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null, publication);
    }

    /** A time-stamping certificate: critical extendedKeyUsage timeStamping (RFC 3161 2.3). */
    static X509Certificate timestamping(PublicKey key, X500Name subject, X509Certificate ca, KeyPair caKeys, Instant now)
            throws GeneralSecurityException {
        return timestamping(key, subject, ca, caKeys, now, DEVELOPMENT);
    }

    /** A time-stamping certificate that names the given addresses. */
    static X509Certificate timestamping(PublicKey key, X500Name subject, X509Certificate ca, KeyPair caKeys, Instant now,
            Publication publication) throws GeneralSecurityException {
        return endEntity(key, subject, ca, caKeys, now, new KeyUsage(KeyUsage.digitalSignature),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping), publication);
    }

    private static X509Certificate endEntity(PublicKey key, X500Name subject, X509Certificate ca, KeyPair caKeys,
            Instant now, KeyUsage usage, ExtendedKeyUsage extendedUsage, Publication publication)
            throws GeneralSecurityException {
        X509v3CertificateBuilder builder = builder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                subject, key, now, END_ENTITY_VALIDITY);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, usage);
            if (extendedUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage);
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
            if (publication.crlUrl() != null) {
                DistributionPointName where = new DistributionPointName(new GeneralNames(uri(publication.crlUrl())));
                builder.addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(where, null, null)}));
            }
            List<AccessDescription> access = new ArrayList<>();
            if (publication.ocspUrl() != null) {
                access.add(new AccessDescription(AccessDescription.id_ad_ocsp, uri(publication.ocspUrl())));
            }
            if (publication.caIssuersUrl() != null) {
                access.add(new AccessDescription(AccessDescription.id_ad_caIssuers, uri(publication.caIssuersUrl())));
            }
            if (!access.isEmpty()) {
                builder.addExtension(Extension.authorityInfoAccess, false,
                        new AuthorityInformationAccess(access.toArray(AccessDescription[]::new)));
            }
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
        return sign(builder, caKeys);
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    /** An empty CRL (nothing revoked) valid for 30 days from {@code now}. */
    static X509CRL crl(X509Certificate ca, KeyPair caKeys, Instant now) throws GeneralSecurityException {
        return crl(ca, caKeys, now, Map.of());
    }

    /**
     * A CRL valid for 30 days from {@code now} that lists the given certificates as revoked (key
     * compromise) at the given times.
     */
    static X509CRL crl(X509Certificate ca, KeyPair caKeys, Instant now, Map<X509Certificate, Instant> revoked)
            throws GeneralSecurityException {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca, Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
        revoked.forEach((certificate, when) ->
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(when), CRLReason.keyCompromise));
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            builder.addExtension(Extension.cRLNumber, false,
                    new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
            return new JcaX509CRLConverter().getCRL(builder.build(contentSigner(caKeys)));
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key, Instant now,
            Duration validity) {
        // Backdated a little so that clocks a few minutes apart do not see a not-yet-valid certificate.
        Instant notBefore = now.minus(Duration.ofHours(1));
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM).add(BigInteger.ONE),
                Date.from(notBefore), Date.from(now.plus(validity)), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
            throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner(issuerKeys)));
    }

    private static ContentSigner contentSigner(KeyPair keys) throws GeneralSecurityException {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate());
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
