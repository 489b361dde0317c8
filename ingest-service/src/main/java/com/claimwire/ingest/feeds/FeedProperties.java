package com.claimwire.ingest.feeds;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How registered feeds are polled.
 *
 * @param pollEnabled whether this instance polls feeds (the registry API works either way)
 * @param defaultPollInterval poll interval of a feed registered without one
 * @param minPollInterval shortest interval, however often a feed changes (and shortest one accepted)
 * @param maxPollInterval longest interval, for feeds that rarely change and for failure backoff
 * @param workers feeds polled at the same time
 * @param maxNewItemsPerPoll most new items taken from one poll; the rest wait for the next
 * @param pollerCount how many ingest instances poll feeds; each polls its share, so none is polled twice
 * @param pollerIndex which share this instance polls, 0 to {@code pollerCount - 1}
 */
@ConfigurationProperties("claimwire.ingest.feeds")
public record FeedProperties(
        @DefaultValue("true") boolean pollEnabled,
        @DefaultValue("15m") Duration defaultPollInterval,
        @DefaultValue("1m") Duration minPollInterval,
        @DefaultValue("6h") Duration maxPollInterval,
        @DefaultValue("4") int workers,
        @DefaultValue("100") int maxNewItemsPerPoll,
        @DefaultValue("1") int pollerCount,
        @DefaultValue("0") int pollerIndex) {

    public FeedProperties {
        if (pollerCount < 1 || pollerIndex < 0 || pollerIndex >= pollerCount) {
            throw new IllegalArgumentException("poller-index must be 0 to poller-count - 1, was " + pollerIndex
                    + " of " + pollerCount);
        }
    }

    /** Whether this instance polls the feed with {@code feedId}. */
    public boolean polls(String feedId) {
        return Math.floorMod(feedId.hashCode(), pollerCount) == pollerIndex;
    }
}
