package io.github.tenantsso.benchmarks.load;

import java.util.Arrays;

/**
 * Durations of one kind of request, in nanoseconds, and their percentiles by the nearest-rank method: the p-th
 * percentile is the smallest sample with at least p% of the samples at or below it, so every figure reported is a
 * time that was really measured.
 */
final class Samples {

    private long[] values = new long[64];
    private int size;

    synchronized void add(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative duration: " + nanos);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int size() {
        return size;
    }

    /** The p-th percentile (0 < p <= 100) in nanoseconds; there must be at least one sample. */
    synchronized long percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1];
    }

    synchronized void forEach(java.util.function.LongConsumer action) {
        for (int i = 0; i < size; i++) {
            action.accept(values[i]);
        }
    }

    long median() {
        return percentile(50);
    }
}
