package com.claimwire.search.tracking;

import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the requests an Elasticsearch client sends, by API ({@code msearch}, {@code get}, {@code index}, ...), with
 * the time each kind took from the client's side, so that a benchmark can say where tracking spends its time.
 */
final class ElasticsearchRequests implements Instrumentation {

    /** Requests of one API and their total time. */
    record Tally(long requests, double millis) {
    }

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    @Override
    public <T> Context newContext(T request, Endpoint<T, ?, ?> endpoint) {
        String api = endpoint.id();
        long start = System.nanoTime();
        return new Context() {
            @Override
            public ThreadScope makeCurrent() {
                return () -> { };
            }

            @Override
            public void beforeSendingHttpRequest(TransportHttpClient.Request httpRequest, TransportOptions options) {
            }

            @Override
            public void afterReceivingHttpResponse(TransportHttpClient.Response httpResponse) {
            }

            @Override
            public <R> void afterDecodingApiResponse(R response) {
            }

            @Override
            public void recordException(Throwable thrown) {
            }

            @Override
            public void close() {
                counts.computeIfAbsent(api, key -> new LongAdder()).increment();
                nanos.computeIfAbsent(api, key -> new LongAdder()).add(System.nanoTime() - start);
            }
        };
    }

    /** The requests sent so far, by API. */
    Map<String, Tally> snapshot() {
        Map<String, Tally> tallies = new TreeMap<>();
        counts.forEach((api, count) -> tallies.put(api, new Tally(count.sum(), nanos.get(api).sum() / 1e6)));
        return tallies;
    }

    /** What was sent between {@code before} and {@code after}. */
    static Map<String, Tally> difference(Map<String, Tally> before, Map<String, Tally> after) {
        Map<String, Tally> sent = new TreeMap<>();
        after.forEach((api, tally) -> {
            Tally earlier = before.getOrDefault(api, new Tally(0, 0));
            if (tally.requests() > earlier.requests()) {
                sent.put(api, new Tally(tally.requests() - earlier.requests(), tally.millis() - earlier.millis()));
            }
        });
        return sent;
    }
}
