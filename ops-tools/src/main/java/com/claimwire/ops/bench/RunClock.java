package com.claimwire.ops.bench;

/**
 * The run's time line: milliseconds since the run started, from the monotonic clock, with wall-clock instants
 * (such as Elasticsearch's {@code indexedAt}, stamped on the same machine) placed on it.
 */
record RunClock(long startNanos, long startEpochMillis) {

    static RunClock start() {
        return new RunClock(System.nanoTime(), System.currentTimeMillis());
    }

    double nowMillis() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    double ofEpochMillis(long epochMillis) {
        return epochMillis - startEpochMillis;
    }
}
