package fi.kanslia.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The baseline of the benchmark: the same lines of text in a bare PDFBox document (DejaVu Sans
 * embedded as a subset the ordinary way, no PDF/A, no tagging, no metadata, no data file), signed
 * with a bare BouncyCastle CMS (default signed attributes) and the same RFC 3161 time stamp.
 */
final class BareBaseline {

    private static final byte[] FONT = DecisionFonts.resource("fonts/DejaVuSans.ttf");

    private final SigningCredentials credentials;
    private final TimestampClient timestamps;

    BareBaseline(SigningCredentials credentials, TimestampClient timestamps) {
        this.credentials = credentials;
        this.timestamps = timestamps;
    }

    byte[] renderAndSign(List<String> lines) throws Exception {
        return sign(render(lines));
    }

    static byte[] render(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(FONT), true);
            PDPage page = null;
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : lines) {
                if (page == null || y < 56) {
                    if (stream != null) {
                        stream.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    y = PDRectangle.A4.getHeight() - 56;
                }
                y -= 14;
                stream.beginText();
                stream.setFont(font, 10.5f);
                stream.newLineAtOffset(56, y);
                stream.showText(line);
                stream.endText();
            }
            if (stream != null) {
                stream.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private byte[] sign(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent().readAllBytes()));
            return out.toByteArray();
        }
    }

    private byte[] cms(byte[] content) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(credentials.privateKey()),
                        credentials.signerCertificate()));
        generator.addCertificates(new JcaCertStore(credentials.certificateChain()));
        CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        Attribute timestamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(timestamps.timestampToken(signer.getSignature()))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(timestamp));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded();
    }
}
