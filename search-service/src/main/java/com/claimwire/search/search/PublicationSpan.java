package com.claimwire.search.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The earliest and latest publication time in an index, so that a histogram over an open date range gets a bucket
 * width that suits the data. Looked up at most once a {@link #MAX_AGE} per index: a width chosen from a slightly
 * stale span is still a good width, and the lookup (two metric aggregations that read index metadata) stays off
 * nearly every search.
 */
final class PublicationSpan {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final String FIELD = "publishedAt";

    /** A span, {@code null} ends when the index holds no dated document. */
    record Span(Instant first, Instant last) {
        static final Span UNKNOWN = new Span(null, null);
    }

    private record Cached(Span span, long fetchedAtNanos) {
    }

    private final ElasticsearchClient client;
    private final LongSupplier nanoTime;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    PublicationSpan(ElasticsearchClient client, LongSupplier nanoTime) {
        this.client = client;
        this.nanoTime = nanoTime;
    }

    /** The span of {@code index}; unknown when it cannot be looked up, which only coarsens a histogram. */
    Span of(String index) {
        long now = nanoTime.getAsLong();
        Cached cached = cache.get(index);
        if (cached != null && now - cached.fetchedAtNanos() < MAX_AGE.toNanos()) {
            return cached.span();
        }
        Span span = lookUp(index);
        cache.put(index, new Cached(span, now));
        return span;
    }

    private Span lookUp(String index) {
        try {
            var response = client.search(s -> s.index(index).size(0).trackTotalHits(t -> t.enabled(false))
                    .aggregations("first", a -> a.min(m -> m.field(FIELD)))
                    .aggregations("last", a -> a.max(m -> m.field(FIELD))), Void.class);
            return new Span(instant(response.aggregations().get("first")), instant(response.aggregations().get("last")));
        } catch (IOException | RuntimeException unavailable) {
            // The search itself reports an unreachable cluster; the histogram falls back to daily bars.
            return Span.UNKNOWN;
        }
    }

    private static Instant instant(Aggregate aggregate) {
        if (aggregate == null) {
            return null;
        }
        var metric = aggregate.isMin() ? aggregate.min() : aggregate.max();
        // An index without dated documents has no value, which the client reads as a number all the same.
        return metric.valueAsString() == null || !Double.isFinite(metric.value()) ? null
                : Instant.ofEpochMilli((long) metric.value());
    }
}
