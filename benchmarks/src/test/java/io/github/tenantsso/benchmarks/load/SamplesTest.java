package io.github.tenantsso.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {

    @Test
    void percentilesOfOneToHundredAreTheirRanks() {
        Samples samples = of(IntStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());

        assertThat(samples.median()).isEqualTo(50);
        assertThat(samples.percentile(90)).isEqualTo(90);
        assertThat(samples.percentile(99)).isEqualTo(99);
        assertThat(samples.percentile(100)).isEqualTo(100);
    }

    @Test
    void fewSamplesRoundTheRankUpToAMeasuredValue() {
        Samples samples = of(30, 10, 20);

        assertThat(samples.median()).isEqualTo(20);
        assertThat(samples.percentile(90)).isEqualTo(30);
        assertThat(samples.percentile(1)).isEqualTo(10);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Samples samples = of(7);

        assertThat(samples.percentile(0.1)).isEqualTo(7);
        assertThat(samples.percentile(99)).isEqualTo(7);
    }

    @Test
    void refusesWhatHasNoAnswer() {
        assertThatThrownBy(() -> new Samples().median()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> of(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(1).percentile(100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Samples().add(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<long[]> randomSamples() {
        Random random = new Random(17);
        return IntStream.range(0, 50)
                .mapToObj(i ->
                        random.longs(1 + random.nextInt(500), 0, 1_000_000_000L).toArray());
    }

    @ParameterizedTest
    @MethodSource("randomSamples")
    void aPercentileIsAMeasuredValueWithAtLeastThatShareAtOrBelowIt(long[] values) {
        Samples samples = new Samples();
        Arrays.stream(values).forEach(samples::add);
        long[] sorted = values.clone();
        Arrays.sort(sorted);

        for (double p : new double[] {50, 90, 99}) {
            long value = samples.percentile(p);
            long atOrBelow = Arrays.stream(values).filter(v -> v <= value).count();
            long below = Arrays.stream(values).filter(v -> v < value).count();
            assertThat(sorted).contains(value);
            assertThat(atOrBelow * 100.0 / values.length).isGreaterThanOrEqualTo(p);
            assertThat(below * 100.0 / values.length).isLessThan(p);
        }
        assertThat(samples.median()).isLessThanOrEqualTo(samples.percentile(90));
        assertThat(samples.percentile(90)).isLessThanOrEqualTo(samples.percentile(99));
    }

    private static Samples of(int... values) {
        Samples samples = new Samples();
        Arrays.stream(values).forEach(samples::add);
        return samples;
    }
}
