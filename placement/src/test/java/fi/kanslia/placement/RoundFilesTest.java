package fi.kanslia.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundFilesTest {

    @TempDir
    Path directory;

    @Test
    void aRoundSurvivesWritingAndReadingUnchanged() {
        var round = SyntheticRounds.generate(7, 2_000, 40, 6);
        var file = directory.resolve("round.txt");

        RoundFiles.write(round, file);
        var read = RoundFiles.read(file);

        assertThat(read.maxPreferences()).isEqualTo(6);
        assertThat(read.programmes()).isEqualTo(round.programmes());
        assertThat(read.applicants()).isEqualTo(round.applicants());
        assertThat(DeferredAcceptancePropertiesTest.snapshot(DeferredAcceptance.place(read, 3)))
                .isEqualTo(DeferredAcceptancePropertiesTest.snapshot(DeferredAcceptance.place(round, 3)));
    }

    @Test
    void theDocumentedExampleReads() throws IOException {
        var file = write("""
                kanslia-placement-round 1
                max-preferences 6
                # programme <id> <capacity> [<reserved seats> <category>]
                programme P0001 24 4 special-reasons
                programme P0002 60

                applicant A000001 P0002/0/37.5 P0001/1/40/r
                applicant A000002
                """.replace("\n", "\r\n"));

        var round = RoundFiles.read(file);

        assertThat(round.programmes()).containsExactly(
                Programme.withQuota("P0001", 24, "special-reasons", 4), Programme.of("P0002", 60));
        assertThat(round.applicants()).containsExactly(
                Applicant.of("A000001", Preference.of("P0002", 0, Score.of("37.5")),
                        new Preference("P0001", 1, Score.of("40"), true)),
                Applicant.of("A000002"));
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() throws IOException {
        var header = "kanslia-placement-round 1\nmax-preferences 6\nprogramme P1 10\n";

        assertThatThrownBy(() -> RoundFiles.read(write(header + "applicant A1 P1/0/1.2345\n")))
                .hasMessage("round file line 4: a score has at most 3 decimals");
        assertThatThrownBy(() -> RoundFiles.read(write(header + "applicant A1 P1/x/1\n")))
                .hasMessage("round file line 4: expected a number");
        assertThatThrownBy(() -> RoundFiles.read(write(header + "applicant A1 P1-0-1\n")))
                .hasMessage("round file line 4: expected '/' in a preference");
        assertThatThrownBy(() -> RoundFiles.read(write(header + "pupil A1\n")))
                .hasMessage("round file line 4: unknown line 'pupil'");
        assertThatThrownBy(() -> RoundFiles.read(write("max-preferences 6\n")))
                .hasMessage("round file line 1: the file must start with 'kanslia-placement-round 1'");
        assertThatThrownBy(() -> RoundFiles.read(write(header + "programme P2 x\n")))
                .hasMessage("round file line 4: capacity 'x' is not an integer");
    }

    @Test
    void aWellFormedButInvalidRoundFailsValidation() throws IOException {
        var file = write("kanslia-placement-round 1\nmax-preferences 1\nprogramme P1 10\napplicant A1 P1/0/1 P2/0/1\n");

        assertThatThrownBy(() -> RoundFiles.read(file))
                .isInstanceOfSatisfying(InvalidRoundException.class, e -> assertThat(e.problems()).containsExactly(
                        "applicant A1 ranks 2 programmes, more than the 1 allowed",
                        "applicant A1 ranks unknown programme P2"));
    }

    private Path write(String text) throws IOException {
        var file = Files.createTempFile(directory, "round", ".txt");
        Files.writeString(file, text);
        return file;
    }
}
