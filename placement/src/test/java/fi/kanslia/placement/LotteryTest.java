package fi.kanslia.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LotteryTest {

    /** Pins the documented function, so that anyone can recompute a draw from the seed and the id. */
    @Test
    void theDrawIsTheDocumentedFunctionOfSeedAndId() {
        long hash = 0xcbf29ce484222325L;
        for (byte b : "A000001".getBytes(StandardCharsets.US_ASCII)) {
            hash = (hash ^ b) * 0x100000001b3L;
        }
        long seedMix = Lottery.mix64(42 + 0x9E3779B97F4A7C15L);

        assertThat(Lottery.drawFor(42, "A000001")).isEqualTo(Lottery.mix64(hash ^ seedMix));
        assertThat(Lottery.mix64(0x9E3779B97F4A7C15L)).as("first output of SplittableRandom(0)")
                .isEqualTo(new SplittableRandom(0).nextLong());
        assertThat(Lottery.drawFor(42, "A000001")).isNotEqualTo(Lottery.drawFor(43, "A000001"));
    }

    @Test
    void numbersAreAPermutationOrderedByDrawAndIndependentOfInputOrder() {
        var applicants = IntStream.rangeClosed(1, 500).mapToObj(i -> Applicant.of("A" + i)).toList();
        var round = new PlacementRound(1, List.of(), applicants);
        var shuffled = new ArrayList<>(applicants);
        Collections.shuffle(shuffled, new Random(1));

        var lottery = Lottery.draw(99, round);
        var again = Lottery.draw(99, new PlacementRound(1, List.of(), shuffled));

        assertThat(applicants.stream().mapToInt(a -> lottery.numberOf(a.id())).sorted().toArray())
                .isEqualTo(IntStream.rangeClosed(1, 500).toArray());
        for (var a : applicants) {
            assertThat(again.numberOf(a.id())).isEqualTo(lottery.numberOf(a.id()));
            for (var b : applicants.subList(0, 20)) {
                assertThat(Long.compareUnsigned(Lottery.drawFor(99, a.id()), Lottery.drawFor(99, b.id())))
                        .isEqualTo(Integer.compare(lottery.numberOf(a.id()), lottery.numberOf(b.id())));
            }
        }
        assertThat(lottery.seed()).isEqualTo(99);
    }
}
