package fi.kanslia.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority in process (BouncyCastle TSP), for development and the
 * embedded default. The application serves {@link #respond(byte[])} over HTTP at /tsa
 * (request content type application/timestamp-query, response application/timestamp-reply).
 * Thread-safe.
 */
public final class LocalTimestampAuthority {

    /** A policy identifier under the ITU-T example arc: development time stamps carry no real policy. */
    static final ASN1ObjectIdentifier DEVELOPMENT_POLICY = new ASN1ObjectIdentifier("2.999.3161.1");
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_DIGESTS = Set.of(
            NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private final TimeStampTokenGenerator tokens;
    private final Clock clock;
    private final SecureRandom serials = new SecureRandom();

    /** @param credentials the TSA key with its certificate (critical extendedKeyUsage timeStamping) first */
    public LocalTimestampAuthority(SigningCredentials credentials) {
        this(credentials, Clock.systemUTC());
    }

    public LocalTimestampAuthority(SigningCredentials credentials, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            // The CMS signing-time attribute follows the same clock as the token's genTime.
            CMSAttributeTableGenerator signedAttributes = parameters -> new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant()))))))
                    .getAttributes(parameters);
            JcaSimpleSignerInfoGeneratorBuilder signerBuilder = new JcaSimpleSignerInfoGeneratorBuilder()
                    .setSignedAttributeGenerator(signedAttributes);
            if (credentials.provider().isPresent()) {
                signerBuilder.setProvider(credentials.provider().get());
            }
            SignerInfoGenerator signer = signerBuilder
                    .build(DevelopmentCertificates.SIGNATURE_ALGORITHM, credentials.privateKey(),
                            credentials.signerCertificate());
            DigestCalculator certIdDigest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            tokens = new TimeStampTokenGenerator(signer, certIdDigest, DEVELOPMENT_POLICY);
            tokens.addCertificates(new JcaCertStore(credentials.certificateChain()));
        } catch (OperatorCreationException | TSPException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up the time-stamping authority", e);
        }
    }

    /**
     * Answers a DER-encoded TimeStampReq with a DER-encoded TimeStampResp. A malformed request or an
     * unsupported digest gets a rejection response, never an exception.
     */
    public byte[] respond(byte[] rfc3161RequestDer) {
        TimeStampResponseGenerator generator = new TimeStampResponseGenerator(tokens, ACCEPTED_DIGESTS);
        try {
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(rfc3161RequestDer);
            } catch (IOException | RuntimeException e) {
                return generator.generateFailResponse(
                        PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "Malformed time-stamp request").getEncoded();
            }
            BigInteger serial = new BigInteger(64, serials);
            TimeStampResponse response;
            synchronized (tokens) {
                response = generator.generate(request, serial, Date.from(clock.instant()));
            }
            return response.getEncoded();
        } catch (TSPException | IOException e) {
            throw new TimestampException("The local time-stamping authority failed", e);
        }
    }

    /** A client that calls this authority in process, without HTTP. */
    public TimestampClient client() {
        return new InProcessTimestampClient(this);
    }
}
