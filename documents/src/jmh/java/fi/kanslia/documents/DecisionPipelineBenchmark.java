package fi.kanslia.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the full decision pipeline (DecisionContent → PDF/A-3a with tagging and the
 * embedded JSON → PAdES-BASELINE-T with an in-process RFC 3161 time stamp) against a bare PDFBox +
 * BouncyCastle baseline with the same text, key and time stamp, in the same run. See BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionPipelineBenchmark {

    private Path pkiDirectory;
    private DecisionContent content;
    private PdfaDecisionRenderer renderer;
    private PadesSigner signer;
    private BareBaseline baseline;
    private List<String> lines;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pkiDirectory = Files.createTempDirectory("kanslia-bench-pki");
        DevelopmentPki pki = DevelopmentPki.loadOrCreate(pkiDirectory, "Järvenpään kaupunki");
        // A typical one-page school-place decision with three parties, in its embedded JSON form.
        content = DecisionData.fromJson(DecisionFonts.resource("benchmark-decision.json"));
        renderer = new PdfaDecisionRenderer();
        signer = new PadesSigner(pki.signingCredentials(), pki.timestampAuthority().client());
        baseline = new BareBaseline(pki.signingCredentials(), pki.timestampAuthority().client());
        // The baseline shows the very lines of text the pipeline's document shows.
        try (PDDocument document = Loader.loadPDF(renderer.render(content))) {
            lines = Arrays.stream(new PDFTextStripper().getText(document).split("\\R"))
                    .filter(line -> !line.isBlank())
                    .toList();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(pkiDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Render PDF/A-3a with the embedded data, sign PAdES-BASELINE-T. */
    @Benchmark
    public byte[] decisionPipeline() {
        return signer.sign(renderer.render(content), "Järvenpää", "Päätös");
    }

    /** The same text as a bare PDF, signed with a bare CMS and the same time stamp. */
    @Benchmark
    public byte[] bareBaseline() throws Exception {
        return baseline.renderAndSign(lines);
    }
}
