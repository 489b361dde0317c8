package com.claimwire.ops.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Summary of a sample of latencies (milliseconds) by the nearest-rank method: the p-th percentile is the smallest
 * value that at least p % of the sample does not exceed, so every reported figure is one that was observed.
 *
 * @param count sample size; all other figures are {@code NaN} when it is 0
 */
record Percentiles(int count, double p50, double p95, double p99, double max, double mean) {

    static final Percentiles EMPTY = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Percentiles of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return EMPTY;
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElseThrow());
    }

    /** Nearest rank: the value at position ceil(p/100 * n) of the sorted sample (1-based). */
    static double rank(double[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int position = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, position) - 1)];
    }
}
