package fi.kanslia.placement.bench;

import fi.kanslia.placement.RoundFiles;
import fi.kanslia.placement.SyntheticRounds;
import java.nio.file.Files;
import java.nio.file.Path;

/** The national-scale round file the benchmarks read; written once, outside any measurement. */
final class NationalRoundFile {

    /** Seed of the synthetic round (not of the lottery). */
    static final long ROUND_SEED = 42;
    /** Seed of the placement lottery. */
    static final long LOTTERY_SEED = 20260801;

    private NationalRoundFile() {
    }

    /** {@code -Dkanslia.round=<path>}, by default {@code national-round-42.txt} in the temporary directory. */
    static Path path() {
        var configured = System.getProperty("kanslia.round");
        return configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "national-round-" + ROUND_SEED + ".txt");
    }

    static Path ensureWritten() {
        var path = path();
        if (!Files.exists(path)) {
            RoundFiles.write(SyntheticRounds.national(ROUND_SEED), path);
        }
        return path;
    }
}
