package fi.kanslia.messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The first sheet of a letter: our return address, the recipient's address where the window of a C5/C4 window
 * envelope shows it, and what the envelope holds. A4 portrait, DejaVu Sans embedded.
 *
 * <p>The window follows the Finnish letter layout (SFS 2487): the address field starts 20 mm from the left edge
 * and 45 mm from the top and is 85 mm wide and 35 mm high. Check it against the printing service's envelope.
 */
final class CoverPage {

    static final float MM = 72f / 25.4f;
    /** The address field, in PDF points from the bottom-left corner of an A4 page. */
    static final PDRectangle WINDOW = new PDRectangle(20 * MM, PDRectangle.A4.getHeight() - 80 * MM, 85 * MM,
            35 * MM);

    private static final String FONT = "/fi/kanslia/documents/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fi/kanslia/documents/fonts/DejaVuSans-Bold.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private CoverPage() {
    }

    /**
     * @param sender         our return address
     * @param letter         the letter: the recipient's address (printed in the window only), our reference, and its
     *                       kind, which the cover names (proof of receipt, substitute notification)
     * @param date           the date of sending
     * @param decisionPages  how many pages the enclosed decision has
     */
    static byte[] render(PostalAddress sender, Letter letter, LocalDate date, int decisionPages) {
        PostalAddress recipient = letter.recipient();
        String reference = letter.reference();
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, FONT);
            PDType0Font bold = font(document, BOLD_FONT);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float top = PDRectangle.A4.getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // Return address, small, above the window.
                float y = top - 15 * MM;
                for (String row : sender.envelopeRows()) {
                    text(content, regular, 8, 20 * MM, y, row, 85 * MM);
                    y -= 10;
                }
                // The recipient, inside the window with a 5 mm margin.
                y = WINDOW.getUpperRightY() - 5 * MM - 11;
                for (String row : recipient.envelopeRows()) {
                    text(content, regular, 11, WINDOW.getLowerLeftX() + 5 * MM, y, row, WINDOW.getWidth() - 10 * MM);
                    y -= 14;
                }
                // What the envelope holds, to the right of the window and below it.
                float right = 120 * MM;
                text(content, bold, 11, right, top - 50 * MM, "PÄÄTÖS / BESLUT", 80 * MM);
                text(content, regular, 10, right, top - 57 * MM, DATE.format(date), 80 * MM);
                text(content, regular, 10, right, top - 64 * MM, "Viite / Referens: " + reference, 80 * MM);
                float body = top - 110 * MM;
                text(content, regular, 10, 20 * MM, body,
                        "Tämän kirjeen liitteenä on päätös (" + decisionPages + " s.) ja sen muutoksenhakuohje.",
                        170 * MM);
                text(content, regular, 10, 20 * MM, body - 14,
                        "Detta brev innehåller ett beslut (" + decisionPages + " s.) och anvisning om hur man söker"
                                + " ändring.", 170 * MM);
                text(content, regular, 10, 20 * MM, body - 28,
                        "Päätös on allekirjoitettu sähköisesti. / Beslutet har undertecknats elektroniskt.",
                        170 * MM);
                y = body - 50;
                for (String paragraph : notification(letter)) {
                    y = paragraph(content, regular, 10, 20 * MM, y, paragraph, 170 * MM) - 6;
                }
                String heading = switch (letter.kind()) {
                    case ORDINARY -> null;
                    case PROOF_OF_RECEIPT -> "SAANTITODISTUKSELLA / MOT MOTTAGNINGSBEVIS";
                    case SUBSTITUTE -> "KORVAAVA TIEDOKSIANTO / ERSÄTTANDE DELGIVNING";
                };
                if (heading != null) {
                    text(content, bold, 10, right, top - 71 * MM, heading, 80 * MM);
                }
            }
            // No personal data in the document information: the title names the reference only.
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Cover " + reference);
            document.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a cover page", e);
        }
    }

    /** How the letter notifies the party, in Finnish and Swedish; nothing for an ordinary letter. */
    private static List<String> notification(Letter letter) {
        return switch (letter.kind()) {
            case ORDINARY -> List.of();
            case PROOF_OF_RECEIPT -> List.of(
                    "Tiedoksianto saantitodistusta vastaan (hallintolaki 60 §). Päätös katsotaan tiedoksi saaduksi"
                            + " päivänä, joka on merkitty saantitodistukseen.",
                    "Delgivning mot mottagningsbevis (förvaltningslagen 60 §). Beslutet anses ha delgetts den dag"
                            + " som har antecknats på mottagningsbeviset.");
            case SUBSTITUTE -> List.of(
                    "Korvaava tiedoksianto (hallintolaki 61 §). Päätöstä ei voitu antaa tiedoksi"
                            + " saantitodistusta vastaan, koska kirje palautui. Päätös katsotaan tiedoksi saaduksi "
                            + DATE.format(letter.notifiedOn()) + ".",
                    "Ersättande delgivning (förvaltningslagen 61 §). Beslutet kunde inte delges mot"
                            + " mottagningsbevis, eftersom brevet returnerades. Beslutet anses ha delgetts "
                            + DATE.format(letter.notifiedOn()) + ".");
        };
    }

    /** Text wrapped at word boundaries to the width; returns the baseline below the last line. */
    private static float paragraph(PDPageContentStream content, PDFont font, float size, float x, float y,
                                   String text, float width) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(printable(font, longer)) / 1000 * size > width) {
                text(content, font, size, x, y, line.toString(), width);
                y -= size * 1.4f;
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (!line.isEmpty()) {
            text(content, font, size, x, y, line.toString(), width);
            y -= size * 1.4f;
        }
        return y;
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = CoverPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing (it ships in kanslia-documents)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** One line of text, made smaller (down to 7 pt) to fit the width, and characters the font lacks as "?". */
    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text,
                             float width) throws IOException {
        String printable = printable(font, text);
        float fitted = size;
        while (fitted > 7 && font.getStringWidth(printable) / 1000 * fitted > width) {
            fitted -= 0.5f;
        }
        content.beginText();
        content.setFont(font, fitted);
        content.newLineAtOffset(x, y);
        content.showText(printable);
        content.endText();
    }

    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.isISOControl(cp) || Character.isWhitespace(cp) ? " " : Character.toString(cp);
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
