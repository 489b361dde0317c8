package com.claimwire.ops.bench;

import java.util.Arrays;

/**
 * What happened to one article of the run, in milliseconds on the {@link RunClock}; {@code NaN} for what did not
 * happen (yet). Written by the sender, the searchable watcher and the alert watcher, each its own fields.
 */
final class ArticleTimeline {

    private final String id;
    private final String phase;
    private volatile double sentAt = Double.NaN;
    private volatile double acceptedAt = Double.NaN;
    private volatile String status;
    private volatile String duplicateOf;
    private volatile double indexedAt = Double.NaN;
    private volatile double searchableAt = Double.NaN;
    private volatile double alertedAt = Double.NaN;
    private final double[] topicStamps = new double[TopicStampWatcher.Stage.values().length];

    ArticleTimeline(String id, String phase) {
        this.id = id;
        this.phase = phase;
        Arrays.fill(topicStamps, Double.NaN);
    }

    String id() {
        return id;
    }

    String phase() {
        return phase;
    }

    void sent(double at) {
        sentAt = at;
    }

    void accepted(double at, String ingestStatus, String copyOf) {
        acceptedAt = at;
        status = ingestStatus;
        duplicateOf = copyOf;
    }

    void rejected(String reason) {
        status = reason;
    }

    /** Records the first sighting only. */
    synchronized boolean searchable(double at, double indexedAtMillis) {
        if (!Double.isNaN(searchableAt)) {
            return false;
        }
        searchableAt = at;
        indexedAt = indexedAtMillis;
        return true;
    }

    /** Records the earliest record of the article seen on the stage's topic (a redelivery comes later). */
    synchronized void stamped(TopicStampWatcher.Stage stage, double at) {
        double current = topicStamps[stage.ordinal()];
        if (Double.isNaN(current) || at < current) {
            topicStamps[stage.ordinal()] = at;
        }
    }

    /** When the article's first record reached the stage's topic, stamped by its producer; {@code NaN} if not. */
    synchronized double stampOf(TopicStampWatcher.Stage stage) {
        return topicStamps[stage.ordinal()];
    }

    /** Records the first alert only. */
    synchronized boolean alerted(double at) {
        if (!Double.isNaN(alertedAt)) {
            return false;
        }
        alertedAt = at;
        return true;
    }

    double sentAt() {
        return sentAt;
    }

    double acceptedAt() {
        return acceptedAt;
    }

    String status() {
        return status;
    }

    String duplicateOf() {
        return duplicateOf;
    }

    double indexedAt() {
        return indexedAt;
    }

    double searchableAt() {
        return searchableAt;
    }

    double alertedAt() {
        return alertedAt;
    }

    boolean isAccepted() {
        return !Double.isNaN(acceptedAt);
    }

    boolean isSearchable() {
        return !Double.isNaN(searchableAt);
    }

    /** Accepted by ingest (202) to first seen by a search. */
    double searchableLatency() {
        return searchableAt - acceptedAt;
    }

    /** Accepted by ingest to written to Elasticsearch by search-service (its {@code indexedAt}). */
    double indexedLatency() {
        return indexedAt - acceptedAt;
    }

    /** Accepted by ingest to its first alert on the SSE stream. */
    double alertLatency() {
        return alertedAt - acceptedAt;
    }
}
