package com.claimwire.ops.bench;

/**
 * When the n-th article of a fixed-rate phase is due. The schedule is absolute (start + n / rate), so a late send
 * does not push every later one back: the sender catches up and the achieved rate stays the target rate.
 */
record RatePacer(double articlesPerSecond, long startNanos) {

    RatePacer {
        if (!(articlesPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, not " + articlesPerSecond);
        }
    }

    /** The {@link System#nanoTime()} at which article {@code index} (0-based) is due. */
    long dueNanos(long index) {
        return startNanos + Math.round(index * 1e9 / articlesPerSecond);
    }

    /** How long to wait at {@code nowNanos} before sending article {@code index}; 0 when it is already due. */
    long waitNanos(long index, long nowNanos) {
        return Math.max(0, dueNanos(index) - nowNanos);
    }

    /** How many articles a phase of {@code seconds} holds at this rate (at least one). */
    int articlesIn(double seconds) {
        return (int) Math.max(1, Math.round(articlesPerSecond * seconds));
    }
}
