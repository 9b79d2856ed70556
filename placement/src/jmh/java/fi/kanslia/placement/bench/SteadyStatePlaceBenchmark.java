package fi.kanslia.placement.bench;

import fi.kanslia.placement.DeferredAcceptance;
import fi.kanslia.placement.PlacementResult;
import fi.kanslia.placement.PlacementRound;
import fi.kanslia.placement.RoundFiles;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) Placement alone, warmed up: lottery, deferred acceptance, cutoffs and waiting lists for the
 * national round already in memory, as in repeated dry runs inside a running application.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class SteadyStatePlaceBenchmark {

    private PlacementRound round;

    @Setup(Level.Trial)
    public void loadRound() {
        round = RoundFiles.read(NationalRoundFile.ensureWritten());
    }

    @Benchmark
    public PlacementResult place() {
        return DeferredAcceptance.place(round, NationalRoundFile.LOTTERY_SEED);
    }

    /** Reading the round file alone, warmed up, to split the fresh-JVM figure. */
    @Benchmark
    public PlacementRound load() {
        return RoundFiles.read(NationalRoundFile.path());
    }
}
