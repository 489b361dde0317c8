package com.claimwire.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notices when each article of the run becomes searchable: a search of the articles alias, filtered on the run's
 * outlet and sorted by {@code indexedAt}, repeated every poll interval. Each poll only reads documents indexed
 * since a little before the newest one already seen (paged with {@code search_after}), so it stays cheap however
 * long the run; the overlap covers documents that a refresh made visible after later-indexed ones.
 */
final class SearchableWatcher implements AutoCloseable {

    /** Documents indexed this long before the newest seen may still become visible (refresh, parallel bulks). */
    static final long OVERLAP_MILLIS = 5_000;
    private static final int PAGE = 1_000;

    private final HttpClient http;
    private final JsonMapper json;
    private final URI searchUri;
    private final RunTag run;
    private final RunClock clock;
    private final RunLedger ledger;
    private final Duration interval;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong pollNanos = new AtomicLong();
    private volatile long newestIndexedAt;
    private volatile boolean running = true;
    private volatile String lastError;
    private final Thread thread;

    SearchableWatcher(HttpClient http, JsonMapper json, String elasticsearchUrl, String indexPrefix, RunTag run,
                      RunClock clock, RunLedger ledger, Duration interval) {
        this.http = http;
        this.json = json;
        this.searchUri = URI.create(elasticsearchUrl + "/" + indexPrefix + "-articles/_search"
                + "?ignore_unavailable=true&allow_no_indices=true&filter_path=hits.hits.fields.id,hits.hits.sort");
        this.run = run;
        this.clock = clock;
        this.ledger = ledger;
        this.interval = interval;
        this.newestIndexedAt = clock.startEpochMillis() - OVERLAP_MILLIS;
        this.thread = DaemonThreads.create("searchable-watcher", this::loop);
    }

    SearchableWatcher start() {
        thread.start();
        return this;
    }

    private void loop() {
        while (running) {
            long started = System.nanoTime();
            try {
                poll(newestIndexedAt - OVERLAP_MILLIS);
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                lastError = e.getMessage();
            } catch (InterruptedException e) {
                return;
            }
            polls.incrementAndGet();
            pollNanos.addAndGet(System.nanoTime() - started);
            LockSupport.parkNanos(interval.toNanos() - (System.nanoTime() - started));
        }
    }

    /** One search for what was indexed since {@code fromEpochMillis}; also used for a final sweep. */
    void poll(long fromEpochMillis) throws IOException, InterruptedException {
        JsonNode searchAfter = null;
        while (true) {
            ObjectNode query = json.createObjectNode();
            query.put("size", PAGE);
            // Ids from doc values and no hit count: the cheapest search that answers, since it runs every interval.
            query.put("_source", false);
            query.put("track_total_hits", false);
            query.putArray("docvalue_fields").add("id");
            ObjectNode bool = query.putObject("query").putObject("bool");
            ArrayNode filter = bool.putArray("filter");
            filter.addObject().putObject("term").put("source", run.source());
            filter.addObject().putObject("range").putObject("indexedAt").put("gte", fromEpochMillis)
                    .put("format", "epoch_millis");
            ArrayNode sort = query.putArray("sort");
            sort.addObject().put("indexedAt", "asc");
            sort.addObject().put("id", "asc");
            if (searchAfter != null) {
                query.set("search_after", searchAfter);
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(searchUri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(query))).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seenAt = clock.nowMillis();
            if (response.statusCode() != 200) {
                throw new IOException("search answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode hits = json.readTree(response.body()).path("hits").path("hits");
            for (JsonNode hit : hits) {
                long indexedAt = hit.path("sort").path(0).asLong();
                newestIndexedAt = Math.max(newestIndexedAt, indexedAt);
                ArticleTimeline article = ledger.get(hit.path("fields").path("id").path(0).asString());
                if (article != null) {
                    article.searchable(seenAt, clock.ofEpochMillis(indexedAt));
                }
            }
            if (hits.size() < PAGE) {
                return;
            }
            searchAfter = hits.get(hits.size() - 1).path("sort");
        }
    }

    long polls() {
        return polls.get();
    }

    /** Mean time one poll took (its searches): part of every measured visibility, so it must stay small. */
    double meanPollMillis() {
        long count = polls.get();
        return count == 0 ? Double.NaN : pollNanos.get() / 1e6 / count;
    }

    long failures() {
        return failures.get();
    }

    String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
