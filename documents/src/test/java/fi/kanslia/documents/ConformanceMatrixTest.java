package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.documents.DecisionContent.Instruction;
import fi.kanslia.documents.DecisionContent.Language;
import fi.kanslia.documents.DecisionContent.Publicity;
import fi.kanslia.documents.DecisionContent.PublicityClass;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The proof of issue 4 for every decision type the document module knows (rectification or appeal
 * instruction, each publicity class) in both languages: the file conforms to the PDF/A flavour it
 * claims (PDF/A-3a) and to PDF/UA-1 before and after signing, DSS finds a valid PAdES-BASELINE-T
 * signature, and the embedded data of the signed file is the decision that was rendered.
 */
class ConformanceMatrixTest {

    static Stream<Arguments> decisionTypes() {
        List<Arguments> types = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Instruction.Kind kind : Instruction.Kind.values()) {
                for (PublicityClass publicity : PublicityClass.values()) {
                    types.add(Arguments.of(language, kind, publicity));
                }
            }
        }
        return types.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("decisionTypes")
    void conformsBeforeAndAfterSigningAndCarriesItsData(Language language, Instruction.Kind kind,
            PublicityClass publicityClass) {
        DecisionContent content = decision(language, kind, publicityClass);
        SignedDecisions decisions = SignedDecisions.shared();

        byte[] unsigned = decisions.renderer().render(content);
        byte[] signed = decisions.signer().sign(unsigned, content.authority().municipality(), content.title());

        assertThat(PdfAssertions.assertPdfAConformsToClaim(unsigned)).isEqualTo(PDFAFlavour.PDFA_3_A);
        assertThat(PdfAssertions.assertPdfAConformsToClaim(signed)).isEqualTo(PDFAFlavour.PDFA_3_A);
        PdfAssertions.assertPdfUa1(signed);
        VerificationReport report = decisions.verifier().verify(signed);
        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.signatureLevel()).isEqualTo("PAdES-BASELINE-T");
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(DecisionData.extract(signed)).isEqualTo(content);
    }

    private static DecisionContent decision(Language language, Instruction.Kind kind, PublicityClass publicityClass) {
        DecisionContent base = language == Language.FI
                ? DecisionFixtures.finnishSchoolPlace() : DecisionFixtures.swedishConfidentialSupport();
        Instruction i = base.instruction();
        DecisionContent withKind = new DecisionContentBuilder(base).instruction(new Instruction(kind,
                i.authorityName(), i.postalAddress(), i.email(), i.periodDays(), i.periodCounting(), i.body()));
        String basis = language == Language.FI ? "JulkL 24 § 1 mom 30 k" : "OffentlighetsL 24 § 1 mom 30 p";
        return new DecisionContentBuilder(withKind).publicity(
                new Publicity(publicityClass, publicityClass == PublicityClass.PUBLIC ? null : basis));
    }
}
