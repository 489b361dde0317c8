package com.claimwire.search.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where a search's time goes, as histograms: the query text's embedding, and per kind of Elasticsearch request both
 * what Elasticsearch reports it spent ({@code took}: queueing for a search thread, query and fetch phases) and the
 * round trip the service waited for (adding the HTTP exchange, JSON on both sides and the client's I/O threads). A
 * client-side latency above both is the service's own overhead or the machine (a GC pause, a busy core).
 */
final class SearchTimers {

    /** The Elasticsearch requests the API sends. */
    enum Request {
        CLAIM_HITS("claim hits"),
        CLAIM_FACETS("claim facets"),
        ARTICLE_HITS("article hits"),
        ARTICLE_FACETS("article facets"),
        SIMILAR_CLAIMS("similar claims");

        final String tag;

        Request(String tag) {
            this.tag = tag;
        }
    }

    static final String EMBEDDING = "claimwire.search.embedding";
    static final String TOOK = "claimwire.search.elasticsearch.took";
    static final String ROUND_TRIP = "claimwire.search.elasticsearch.round.trip";
    static final String REQUEST_TAG = "request";

    private final Timer embedding;
    private final Map<Request, Timer> took = new EnumMap<>(Request.class);
    private final Map<Request, Timer> roundTrip = new EnumMap<>(Request.class);

    SearchTimers(MeterRegistry meters) {
        this.embedding = Timer.builder(EMBEDDING)
                .description("Time to get the vector of a semantic query's text (cache hits included)")
                .publishPercentileHistogram().register(meters);
        for (Request request : Request.values()) {
            took.put(request, Timer.builder(TOOK).tag(REQUEST_TAG, request.tag)
                    .description("Time Elasticsearch reports it spent on a search (took)")
                    .publishPercentileHistogram().register(meters));
            roundTrip.put(request, Timer.builder(ROUND_TRIP).tag(REQUEST_TAG, request.tag)
                    .description("Time from sending a search to Elasticsearch to having its decoded response")
                    .publishPercentileHistogram().register(meters));
        }
    }

    void embedding(long nanos) {
        embedding.record(nanos, TimeUnit.NANOSECONDS);
    }

    void search(Request request, long tookMillis, long roundTripNanos) {
        took.get(request).record(tookMillis, TimeUnit.MILLISECONDS);
        roundTrip.get(request).record(roundTripNanos, TimeUnit.NANOSECONDS);
    }
}
