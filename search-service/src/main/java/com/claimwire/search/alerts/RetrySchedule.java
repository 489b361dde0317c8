package com.claimwire.search.alerts;

import java.time.Duration;

/**
 * Exponential backoff for webhook deliveries.
 *
 * @param attempts how many times a delivery is tried before it becomes a dead letter
 * @param initialDelay the wait after the first failure
 * @param multiplier how much each wait grows
 * @param maxDelay the longest wait
 */
record RetrySchedule(int attempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    RetrySchedule {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based), before the next one. */
    Duration delayAfter(int attempt) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }

    /** Whether another attempt follows failed attempt {@code attempt}. */
    boolean retriesAfter(int attempt) {
        return attempt < attempts;
    }
}
