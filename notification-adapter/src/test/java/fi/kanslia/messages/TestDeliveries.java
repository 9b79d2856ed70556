package fi.kanslia.messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Test data with defaults, so that a test states only what matters to it. DVV test identity codes (9xx). */
final class TestDeliveries {

    static final String GUARDIAN_ID = "010190-999K";
    static final String OTHER_GUARDIAN_ID = "020290-998P";
    static final PostalAddress GUARDIAN_ADDRESS =
            PostalAddress.finnish("Virtanen Maija", "Kuusikuja 4 B 12", "00980", "HELSINKI");
    static final PostalAddress MUNICIPALITY =
            PostalAddress.finnish("Kasvatus ja koulutus, Kirjaamo", "PL 51000", "00099", "HELSINGIN KAUPUNKI");

    private TestDeliveries() {
    }

    /** A PDF of the given number of empty pages, standing in for a signed decision (bytes matter, not content). */
    static DecisionFile decision(String fileName, int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.getDocumentInformation().setTitle(fileName);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new DecisionFile(fileName, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecisionFile decision() {
        return decision("paatos-KASV-12-2026.pdf", 2);
    }

    /** A normal message with the paper fallback address. */
    static OutgoingMessage message(String externalId, String recipientId) {
        return new OutgoingMessage(externalId, recipientId, "Päätös: koulupaikka", "Päätös on liitteenä.",
                decision(), false, GUARDIAN_ADDRESS);
    }

    static OutgoingMessage verifiable(String externalId, String recipientId) {
        OutgoingMessage m = message(externalId, recipientId);
        return new OutgoingMessage(m.externalId(), m.recipientId(), m.title(), m.body(), m.decision(), true,
                m.paperMailAddress());
    }

    static SuomiFiMessagesConfig config(MessagesApiServer server) {
        return new SuomiFiMessagesConfig(server.baseUrl(), MessagesApiServer.USERNAME, MessagesApiServer.PASSWORD,
                MessagesApiServer.SERVICE_ID, new SuomiFiMessagesConfig.PaperMail("posti-billing-1", "posti-secret",
                        "kirjaamo@example.fi", MUNICIPALITY));
    }
}
