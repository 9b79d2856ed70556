package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedFontsTest {

    @Test
    void aBorrowedPairIsNotLentAgainUntilItIsReturned() {
        ParsedFonts first = ParsedFonts.borrow();
        ParsedFonts second = ParsedFonts.borrow();

        assertThat(second).isNotSameAs(first);
        assertThat(second.regular()).isNotSameAs(first.regular());
        first.close();
        second.close();
    }

    @Test
    void aReturnedPairIsReusedWithoutParsingAgain() {
        ParsedFonts borrowed = ParsedFonts.borrow();
        borrowed.close();

        try (ParsedFonts again = ParsedFonts.borrow()) {
            assertThat(again).isSameAs(borrowed);
        }
    }
}
