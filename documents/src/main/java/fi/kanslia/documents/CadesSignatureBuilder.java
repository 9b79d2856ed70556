package fi.kanslia.documents;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds the detached CMS for a PAdES-BASELINE-T signature (ETSI EN 319 142-1): SHA-256 with RSA,
 * signed attributes content-type, message-digest and signing-certificate-v2 but no signing-time
 * (PAdES puts the time in the signature dictionary's /M), and the signature time stamp as an
 * unsigned attribute. Encoded in DER.
 */
final class CadesSignatureBuilder {

    private final SigningCredentials credentials;
    private final TimestampClient timestamps;

    CadesSignatureBuilder(SigningCredentials credentials, TimestampClient timestamps) {
        this.credentials = credentials;
        this.timestamps = timestamps;
    }

    byte[] sign(byte[] signedBytes) throws IOException {
        try {
            X509Certificate signer = credentials.signerCertificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(signedAttributes(signer))
                            .build(contentSigner(), signer));
            generator.addCertificates(new JcaCertStore(credentials.certificateChain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            return withSignatureTimestamp(signed).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Creating the CMS signature failed", e);
        }
    }

    /** Signs through the credentials' provider when they name one: a token's key may refuse to leave it. */
    private ContentSigner contentSigner() throws OperatorCreationException {
        JcaContentSignerBuilder builder = new JcaContentSignerBuilder(DevelopmentCertificates.SIGNATURE_ALGORITHM);
        credentials.provider().ifPresent(builder::setProvider);
        return builder.build(credentials.privateKey());
    }

    private static CMSAttributeTableGenerator signedAttributes(X509Certificate signer)
            throws GeneralSecurityException {
        ESSCertIDv2 certId = new ESSCertIDv2(Rfc3161.sha256(signer.getEncoded()), new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(signer.getIssuerX500Principal().getEncoded()))),
                signer.getSerialNumber()));
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId})));
        DefaultSignedAttributeTableGenerator defaults =
                new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private CMSSignedData withSignatureTimestamp(CMSSignedData signed) throws IOException {
        SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = timestamps.timestampToken(signerInfo.getSignature());
        Attribute timestamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token)));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signerInfo, new AttributeTable(timestamp));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }
}
