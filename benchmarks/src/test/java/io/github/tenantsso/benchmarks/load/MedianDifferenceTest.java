package io.github.tenantsso.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MedianDifferenceTest {

    @Test
    void sameSamplesDifferByNothing() {
        long[] a = LongStream.rangeClosed(1, 50).toArray();

        MedianDifference difference = MedianDifference.of(a, a.clone());

        assertThat(difference.nanos()).isZero();
        assertThat(difference.lowNanos()).isNegative();
        assertThat(difference.highNanos()).isPositive();
        assertThat(difference.mannWhitneyP()).isEqualTo(1.0);
    }

    @Test
    void separatedSamplesGetTheTextbookMannWhitneyP() {
        // U = 0 for 5 and 5 samples: z = 12.5 / sqrt(25 * 11 / 12) = 2.611, two-sided p = 0.0090.
        MedianDifference difference = MedianDifference.of(new long[] {6, 7, 8, 9, 10}, new long[] {1, 2, 3, 4, 5});

        assertThat(difference.nanos()).isEqualTo(5);
        assertThat(difference.mannWhitneyP()).isCloseTo(0.0090, within(0.0005));
    }

    @Test
    void aShiftOfEveryTimeIsTheMedianDifferenceAndItsIntervalExcludesZero() {
        long[] unknown = LongStream.range(0, 150)
                .map(i -> 1_000_000 + (i * 7919) % 400_000)
                .toArray();
        long[] real = LongStream.of(unknown).map(t -> t + 300_000).toArray();

        MedianDifference difference = MedianDifference.of(real, unknown);

        assertThat(difference.nanos()).isEqualTo(300_000);
        assertThat(difference.lowNanos()).isPositive().isLessThanOrEqualTo(300_000);
        assertThat(difference.highNanos()).isGreaterThanOrEqualTo(300_000);
        assertThat(difference.mannWhitneyP()).isLessThan(0.001);
    }
}
