package com.claimwire.ingest.feeds;

import java.time.Duration;

/**
 * When to poll a feed next. A feed with new items is polled more often (the interval halves), one without
 * grows slowly (by half), never outside the configured bounds; after failures the interval doubles per
 * consecutive failure, up to the maximum.
 */
final class PollSchedule {

    private final Duration min;
    private final Duration max;

    PollSchedule(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    /** The first interval for a feed registered with {@code requested}. */
    Duration initial(Duration requested) {
        return clamp(requested);
    }

    Duration afterSuccess(Duration current, boolean newItems) {
        return clamp(newItems ? current.dividedBy(2) : current.plus(current.dividedBy(2)));
    }

    /** The wait after {@code consecutiveFailures} failures in a row (at least 1). */
    Duration afterFailure(Duration current, int consecutiveFailures) {
        Duration backoff = current;
        for (int i = 0; i < consecutiveFailures && backoff.compareTo(max) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return clamp(backoff);
    }

    private Duration clamp(Duration interval) {
        if (interval.compareTo(min) < 0) {
            return min;
        }
        return interval.compareTo(max) > 0 ? max : interval;
    }
}
