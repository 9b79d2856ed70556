package fi.kanslia.documents;

import fi.kanslia.documents.DecisionContent.ContactPerson;
import fi.kanslia.documents.DecisionContent.Instruction;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Puts the elements of a complete decision into the page flow in the order the document is read:
 * authority and date, title, case number, parties, decision, reasoning, provisions applied, rights
 * and obligations, decision maker, contact person, the rectification or appeal instruction and the
 * publicity statement.
 */
final class DecisionLayout {

    private static final String BUNDLE = "fi.kanslia.documents.DecisionHeadings";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final DecisionContent content;
    private final DecisionFonts fonts;
    private final ResourceBundle headings;
    private final Locale locale;

    DecisionLayout(DecisionContent content, DecisionFonts fonts) {
        this.content = content;
        this.fonts = fonts;
        this.locale = Locale.of(content.language().tag());
        this.headings = headings(content.language());
    }

    static ResourceBundle headings(DecisionContent.Language language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.of(language.tag()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The authority as shown in the running header. */
    String headerText() {
        return fonts.printable(content.authority().municipality() + ", " + content.authority().body());
    }

    /** The confidentiality marking with its legal basis, or null when the document is public. */
    String marking() {
        if (!content.publicity().isMarked()) {
            return null;
        }
        return fonts.printable(heading("marking." + content.publicity().publicityClass().name())
                + " (" + content.publicity().legalBasis() + ")");
    }

    /** The description of the embedded decision data, in the document's language. */
    String dataDescription() {
        return heading("data.description");
    }

    void flow(PageFlow flow) {
        flow.paragraph(p(content.authority().municipality()), PageFlow.Style.AUTHORITY);
        flow.text(p(content.authority().body()));
        flow.space(6f);
        flow.text(heading("date") + ": " + DATE.format(content.decisionDate()));
        flow.space(14f);
        flow.paragraph(p(content.title()), PageFlow.Style.TITLE);
        flow.text(heading("caseNumber") + ": " + p(content.caseNumber()));

        flow.heading(heading("parties"));
        flow.list(null, content.parties().stream().map(party -> p(party.name() + ", " + party.role())).toList());
        section(flow, "decision", content.decision());
        section(flow, "reasoning", content.reasoning());
        flow.heading(heading("provisionsApplied"));
        flow.list("–", content.provisionsApplied().stream().map(this::p).toList());
        section(flow, "rightsAndObligations", content.rightsAndObligations());
        flow.heading(heading("decisionMaker"));
        flow.text(p(content.decisionMaker().name()));
        flow.text(p(content.decisionMaker().title()));
        contactPerson(flow, content.contactPerson());
        instruction(flow, content.instruction());
        flow.heading(heading("publicity"));
        String publicity = heading("publicity." + content.publicity().publicityClass().name());
        flow.text(content.publicity().isMarked() ? publicity + " (" + p(content.publicity().legalBasis()) + ")" : publicity);
    }

    private void contactPerson(PageFlow flow, ContactPerson person) {
        flow.heading(heading("contactPerson"));
        flow.text(p(person.name() + ", " + person.title()));
        flow.text(heading("phone") + ": " + p(person.phone()));
        flow.text(heading("email") + ": " + p(person.email()));
    }

    private void instruction(PageFlow flow, Instruction instruction) {
        flow.heading(heading("instruction." + instruction.kind().name()));
        flow.text(heading("instruction.authority") + ": " + p(instruction.authorityName()));
        flow.text(heading("instruction.postalAddress") + ": " + p(instruction.postalAddress()));
        flow.text(heading("email") + ": " + p(instruction.email()));
        flow.text(heading("instruction.period") + ": "
                + new MessageFormat(heading("instruction.periodDays"), locale).format(new Object[] {instruction.periodDays()}));
        flow.text(p(instruction.periodCounting()));
        flow.space(4f);
        flow.text(p(instruction.body()));
    }

    private void section(PageFlow flow, String key, String text) {
        flow.heading(heading(key));
        flow.text(p(text));
    }

    private String heading(String key) {
        return headings.getString(key);
    }

    private String p(String text) {
        return fonts.printable(text);
    }
}
