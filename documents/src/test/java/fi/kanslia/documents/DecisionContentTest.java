package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kanslia.documents.DecisionContent.Authority;
import fi.kanslia.documents.DecisionContent.ContactPerson;
import fi.kanslia.documents.DecisionContent.DecisionMaker;
import fi.kanslia.documents.DecisionContent.Instruction;
import fi.kanslia.documents.DecisionContent.Party;
import fi.kanslia.documents.DecisionContent.Publicity;
import fi.kanslia.documents.DecisionContent.PublicityClass;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionContentTest {

    private final PdfaDecisionRenderer renderer = new PdfaDecisionRenderer();

    @Test
    void completeFixturesHaveNothingMissing() {
        assertThat(DecisionFixtures.finnishSchoolPlace().missingElements()).isEmpty();
        assertThat(DecisionFixtures.swedishConfidentialSupport().missingElements()).isEmpty();
    }

    static Stream<Arguments> removals() {
        return Stream.of(
                removal("language", c -> with(c).language(null)),
                removal("authority", c -> with(c).authority(null)),
                removal("authority.municipality", c -> with(c).authority(new Authority(" ", c.authority().body()))),
                removal("authority.body", c -> with(c).authority(new Authority(c.authority().municipality(), null))),
                removal("decisionMaker.name", c -> with(c).decisionMaker(new DecisionMaker("", "rehtori"))),
                removal("decisionMaker.title", c -> with(c).decisionMaker(new DecisionMaker("Ville Vastaava", null))),
                removal("caseNumber", c -> with(c).caseNumber("")),
                removal("decisionDate", c -> with(c).decisionDate(null)),
                removal("title", c -> with(c).title(null)),
                removal("parties", c -> with(c).parties(List.of())),
                removal("parties[0].role", c -> with(c).parties(List.of(new Party("Eemeli Öhman", " ")))),
                removal("decision", c -> with(c).decision(" ")),
                removal("reasoning", c -> with(c).reasoning(null)),
                removal("provisionsApplied", c -> with(c).provisionsApplied(null)),
                removal("rightsAndObligations", c -> with(c).rightsAndObligations("")),
                removal("contactPerson", c -> with(c).contactPerson(null)),
                removal("contactPerson.phone", c -> with(c).contactPerson(
                        new ContactPerson("Matti Meikäläinen", "koulusihteeri", null, "m@example.fi"))),
                removal("contactPerson.email", c -> with(c).contactPerson(
                        new ContactPerson("Matti Meikäläinen", "koulusihteeri", "+358 40 1", ""))),
                removal("instruction", c -> with(c).instruction(null)),
                removal("instruction.kind", c -> with(c).instruction(instruction(c.instruction(), null, 14))),
                removal("instruction.periodDays", c -> with(c).instruction(
                        instruction(c.instruction(), Instruction.Kind.APPEAL, 0))),
                removal("decisionMaker", c -> with(c).decisionMaker(null)),
                removal("parties[1].name", c -> with(c).parties(List.of(c.parties().get(0), new Party(null, "huoltaja")))),
                removal("provisionsApplied[1]", c -> with(c).provisionsApplied(List.of("Perusopetuslaki 628/1998 6 §", ""))),
                removal("contactPerson.name", c -> with(c).contactPerson(
                        new ContactPerson(" ", "koulusihteeri", "+358 40 1", "m@example.fi"))),
                removal("contactPerson.title", c -> with(c).contactPerson(
                        new ContactPerson("Matti Meikäläinen", null, "+358 40 1", "m@example.fi"))),
                removal("instruction.authorityName", c -> with(c).instruction(instructionWith(c.instruction(), 0, null))),
                removal("instruction.postalAddress", c -> with(c).instruction(instructionWith(c.instruction(), 1, ""))),
                removal("instruction.email", c -> with(c).instruction(instructionWith(c.instruction(), 2, " "))),
                removal("instruction.periodCounting", c -> with(c).instruction(instructionWith(c.instruction(), 3, null))),
                removal("instruction.body", c -> with(c).instruction(instructionWith(c.instruction(), 4, ""))),
                removal("publicity.publicityClass", c -> with(c).publicity(new Publicity(null, "JulkL 24 § 1 mom 30 k"))),
                removal("publicity", c -> with(c).publicity(null)),
                removal("publicity.legalBasis", c -> with(c).publicity(new Publicity(PublicityClass.CONFIDENTIAL, " "))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("removals")
    void renderingIsRefusedWhenAnElementIsMissing(String element, UnaryOperator<DecisionContent> remove) {
        DecisionContent incomplete = remove.apply(DecisionFixtures.finnishSchoolPlace());

        assertThat(incomplete.missingElements()).containsExactly(element);
        assertThatThrownBy(() -> renderer.render(incomplete))
                .isInstanceOfSatisfying(IncompleteDecisionException.class,
                        e -> assertThat(e.missingElements()).containsExactly(element))
                .hasMessageContaining(element);
    }

    @Test
    void anEmptyDraftNamesEveryTopLevelElement() {
        DecisionContent empty = new DecisionContent(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);

        assertThat(empty.missingElements()).containsExactly("language", "authority", "decisionMaker", "caseNumber",
                "decisionDate", "title", "parties", "decision", "reasoning", "provisionsApplied",
                "rightsAndObligations", "contactPerson", "instruction", "publicity");
        assertThat(empty.isComplete()).isFalse();
    }

    @Test
    void publicDocumentNeedsNoLegalBasis() {
        DecisionContent content = with(DecisionFixtures.finnishSchoolPlace())
                .publicity(new Publicity(PublicityClass.PUBLIC, null));

        assertThat(content.missingElements()).isEmpty();
    }

    @Test
    void listsAreCopiedSoTheContentCannotChangeAfterwards() {
        List<String> provisions = new ArrayList<>(List.of("Perusopetuslaki 628/1998 6 §"));
        DecisionContent content = with(DecisionFixtures.finnishSchoolPlace()).provisionsApplied(provisions);

        provisions.clear();

        assertThat(content.provisionsApplied()).containsExactly("Perusopetuslaki 628/1998 6 §");
    }

    @Test
    void toStringNamesNoPerson() {
        DecisionContent content = DecisionFixtures.finnishSchoolPlace();

        assertThat(content.toString()).contains("JÄR/1234/12.01.04/2026")
                .doesNotContain("Öhman", "Äijälä", "Meikäläinen", "+358");
    }

    @Test
    void languageTagsParse() {
        assertThat(DecisionContent.Language.of("SV")).isEqualTo(DecisionContent.Language.SV);
        assertThatThrownBy(() -> DecisionContent.Language.of("en")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments removal(String element, UnaryOperator<DecisionContent> remove) {
        return Arguments.of(element, remove);
    }

    private static Instruction instruction(Instruction base, Instruction.Kind kind, int days) {
        return new Instruction(kind, base.authorityName(), base.postalAddress(), base.email(), days,
                base.periodCounting(), base.body());
    }

    /** The instruction with one text field replaced: 0 authority, 1 address, 2 email, 3 counting, 4 body. */
    private static Instruction instructionWith(Instruction base, int field, String value) {
        return new Instruction(base.kind(),
                field == 0 ? value : base.authorityName(),
                field == 1 ? value : base.postalAddress(),
                field == 2 ? value : base.email(),
                base.periodDays(),
                field == 3 ? value : base.periodCounting(),
                field == 4 ? value : base.body());
    }

    private static DecisionContentBuilder with(DecisionContent content) {
        return new DecisionContentBuilder(content);
    }
}
