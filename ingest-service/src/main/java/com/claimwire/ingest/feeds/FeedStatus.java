package com.claimwire.ingest.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What this instance knows about polling one feed: conditional-request validators, the interval, when it
 * last succeeded or failed and why, and item counts. Thread-safe.
 */
final class FeedStatus {

    private static final int REMEMBERED_ITEMS = 5000;

    private final Set<String> seenItems = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_ITEMS;
        }
    });

    private String etag;
    private String lastModified;
    private Duration interval;
    private Instant nextPollAt;
    private boolean polling;
    private Instant lastPolledAt;
    private Instant lastSuccessAt;
    private Instant lastErrorAt;
    private String lastError;
    private int consecutiveFailures;
    private String format;
    private String title;
    private int itemsInFeed;
    private long articlesAccepted;
    private long articlesDuplicate;
    private long itemsFailed;
    private String lastItemError;

    FeedStatus(Duration interval, Instant firstPoll) {
        this.interval = interval;
        this.nextPollAt = firstPoll;
    }

    synchronized boolean startIfDue(Instant now) {
        if (polling || now.isBefore(nextPollAt)) {
            return false;
        }
        polling = true;
        lastPolledAt = now;
        return true;
    }

    synchronized String etag() {
        return etag;
    }

    synchronized String lastModified() {
        return lastModified;
    }

    synchronized Duration interval() {
        return interval;
    }

    synchronized boolean seen(String itemKey) {
        return seenItems.contains(itemKey);
    }

    synchronized void remember(String itemKey) {
        seenItems.add(itemKey);
    }

    synchronized void itemAccepted(boolean duplicate) {
        if (duplicate) {
            articlesDuplicate++;
        } else {
            articlesAccepted++;
        }
    }

    synchronized void itemFailed(String reason) {
        itemsFailed++;
        lastItemError = reason;
    }

    synchronized void succeeded(Instant now, String newEtag, String newLastModified, String feedFormat, String feedTitle,
            Integer items, Duration nextInterval) {
        etag = newEtag != null ? newEtag : etag;
        lastModified = newLastModified != null ? newLastModified : lastModified;
        if (feedFormat != null) {
            format = feedFormat;
            title = feedTitle;
        }
        if (items != null) {
            itemsInFeed = items;
        }
        lastSuccessAt = now;
        consecutiveFailures = 0;
        interval = nextInterval;
        nextPollAt = now.plus(nextInterval);
        polling = false;
    }

    synchronized int failed(Instant now, String reason) {
        lastErrorAt = now;
        lastError = reason;
        consecutiveFailures++;
        return consecutiveFailures;
    }

    synchronized void retryAfter(Instant now, Duration wait) {
        nextPollAt = now.plus(wait);
        polling = false;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(lastPolledAt, lastSuccessAt, lastErrorAt, lastError, consecutiveFailures, interval.toString(),
                nextPollAt, format, title, itemsInFeed, articlesAccepted, articlesDuplicate, itemsFailed, lastItemError);
    }

    /**
     * Polling status as the API shows it.
     *
     * @param lastPolledAt when a poll last started
     * @param lastSuccessAt when a poll last succeeded
     * @param lastErrorAt when a poll last failed
     * @param lastError why it last failed
     * @param consecutiveFailures failures since the last success
     * @param pollInterval current interval (ISO-8601), adapted to how often the feed changes
     * @param nextPollAt when it is polled next
     * @param format the feed's format, e.g. rss2.0
     * @param title the feed's title
     * @param itemsInFeed items in the feed when last parsed
     * @param articlesAccepted items published as articles (new or updated)
     * @param articlesDuplicate items whose article was already published unchanged
     * @param itemsFailed items whose page could not be fetched or used
     * @param lastItemError why an item last failed
     */
    record Snapshot(Instant lastPolledAt, Instant lastSuccessAt, Instant lastErrorAt, String lastError,
            int consecutiveFailures, String pollInterval, Instant nextPollAt, String format, String title,
            int itemsInFeed, long articlesAccepted, long articlesDuplicate, long itemsFailed, String lastItemError) {
    }
}
