package fi.kanslia.placement.bench;

import fi.kanslia.placement.DeferredAcceptance;
import fi.kanslia.placement.PlacementResult;
import fi.kanslia.placement.RoundFiles;
import java.nio.file.Path;
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
 * (a) The officials' case: a fresh JVM reads the national round from its file and places it, once.
 * No warm-up, one measured call per fork, many forks: each figure is a cold first run (JIT not yet
 * warm), the JVM's own start excluded (see PlaceRoundFromFile for that end to end).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FreshJvmLoadAndPlaceBenchmark {

    private Path file;

    @Setup(Level.Trial)
    public void writeRoundFile() {
        file = NationalRoundFile.ensureWritten();
    }

    @Benchmark
    public PlacementResult loadAndPlace() {
        return DeferredAcceptance.place(RoundFiles.read(file), NationalRoundFile.LOTTERY_SEED);
    }
}
