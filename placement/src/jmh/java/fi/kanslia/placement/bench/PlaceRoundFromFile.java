package fi.kanslia.placement.bench;

import fi.kanslia.placement.DeferredAcceptance;
import fi.kanslia.placement.RoundFiles;
import java.nio.file.Path;

/**
 * Reads a round file and places it, as a fresh JVM would in production, and prints one line of
 * figures. {@code java -cp placement/target/benchmarks.jar fi.kanslia.placement.bench.PlaceRoundFromFile
 * <round file> [lottery seed]}; without arguments it uses (and first writes) the national round.
 */
public final class PlaceRoundFromFile {

    private PlaceRoundFromFile() {
    }

    public static void main(String[] args) {
        var file = args.length > 0 ? Path.of(args[0]) : NationalRoundFile.ensureWritten();
        long seed = args.length > 1 ? Long.parseLong(args[1]) : NationalRoundFile.LOTTERY_SEED;
        long start = System.nanoTime();
        var round = RoundFiles.read(file);
        long loaded = System.nanoTime();
        var result = DeferredAcceptance.place(round, seed);
        long placed = System.nanoTime();
        System.out.printf("applicants=%d programmes=%d placed=%d seed=%d load=%dms place=%dms%n",
                round.applicants().size(), round.programmes().size(), result.placedCount(), seed,
                (loaded - start) / 1_000_000, (placed - loaded) / 1_000_000);
    }
}
