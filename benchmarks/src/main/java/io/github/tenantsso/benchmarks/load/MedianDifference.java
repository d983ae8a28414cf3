package io.github.tenantsso.benchmarks.load;

import java.util.Arrays;
import java.util.Random;

/**
 * How two sets of durations differ: the difference of their medians (nearest rank, as {@link Samples}), a 95%
 * percentile-bootstrap interval for it (each set resampled on its own, a fixed seed so a run can be re-read), and the
 * two-sided p-value of the Mann-Whitney U test (normal approximation; ties of nanosecond times are too rare to correct
 * for).
 */
record MedianDifference(long nanos, long lowNanos, long highNanos, double mannWhitneyP) {

    private static final int RESAMPLES = 4000;

    static MedianDifference of(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        Random random = new Random(20261202L);
        long[] differences = new long[RESAMPLES];
        long[] ra = new long[a.length];
        long[] rb = new long[b.length];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < a.length; i++) {
                ra[i] = a[random.nextInt(a.length)];
            }
            for (int i = 0; i < b.length; i++) {
                rb[i] = b[random.nextInt(b.length)];
            }
            differences[r] = median(ra) - median(rb);
        }
        Arrays.sort(differences);
        return new MedianDifference(
                median(a) - median(b),
                differences[(int) (RESAMPLES * 0.025)],
                differences[(int) (RESAMPLES * 0.975) - 1],
                mannWhitneyP(a, b));
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length / 2.0) - 1];
    }

    static double mannWhitneyP(long[] a, long[] b) {
        int n = a.length + b.length;
        long[][] all = new long[n][];
        for (int i = 0; i < a.length; i++) {
            all[i] = new long[] {a[i], 0};
        }
        for (int i = 0; i < b.length; i++) {
            all[a.length + i] = new long[] {b[i], 1};
        }
        Arrays.sort(all, (x, y) -> Long.compare(x[0], y[0]));
        double rankSumA = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && all[j][0] == all[i][0]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (all[k][1] == 0) {
                    rankSumA += rank;
                }
            }
            i = j;
        }
        double u = rankSumA - a.length * (a.length + 1) / 2.0;
        double mean = a.length * (double) b.length / 2;
        double sd = Math.sqrt(a.length * (double) b.length * (n + 1) / 12);
        double z = Math.abs(u - mean) / sd;
        return Math.min(1, 2 * (1 - normalCdf(z)));
    }

    /** The standard normal distribution function, by Abramowitz and Stegun 7.1.26 (error below 1.5e-7). */
    private static double normalCdf(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double erf = 1
                - t
                        * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                        * Math.exp(-x * x);
        return 0.5 * (1 + Math.signum(x) * erf);
    }
}
