package fi.kanslia.documents;

/** Signing was refused because the PDF already carries a signature; a signed decision is final. */
public class DocumentAlreadySignedException extends IllegalArgumentException {

    public DocumentAlreadySignedException(int signatures) {
        super("The document is already signed (" + signatures + " signature" + (signatures == 1 ? "" : "s")
                + "); signing it again would change a final decision");
    }
}
