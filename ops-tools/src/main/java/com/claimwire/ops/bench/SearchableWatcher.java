package com.claimwire.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notices when each article of the run becomes searchable: a search of the articles alias for the ids of the run's
 * articles that were sent but not seen yet, repeated every poll interval. Asking only for those keeps each poll's
 * work on Elasticsearch proportional to what is new, however fast or long the run: a watcher that re-read recent
 * documents every poll would load the very node whose latency it measures.
 *
 * <p>An article first found by a poll became searchable after the previous poll was sent (or after it was indexed,
 * if later) and before this poll was sent; the watcher takes the middle of that window, so neither the poll interval
 * nor the search's own round trip biases the measured visibility (each sighting is off by at most half the window).
 */
final class SearchableWatcher implements AutoCloseable {

    /** Ids per search: well under Elasticsearch's limits on terms per query and hits per page. */
    static final int IDS_PER_SEARCH = 5_000;

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
    /** When the last complete poll was sent, on the run clock: nothing it did not find was searchable then. */
    private volatile double lastPollSentAt = Double.NaN;
    private volatile boolean running = true;
    private volatile String lastError;
    private final Thread thread;

    SearchableWatcher(HttpClient http, JsonMapper json, String elasticsearchUrl, String indexPrefix, RunTag run,
                      RunClock clock, RunLedger ledger, Duration interval) {
        this.http = http;
        this.json = json;
        this.searchUri = URI.create(elasticsearchUrl + "/" + indexPrefix + "-articles/_search"
                + "?ignore_unavailable=true&allow_no_indices=true&filter_path=hits.hits.fields");
        this.run = run;
        this.clock = clock;
        this.ledger = ledger;
        this.interval = interval;
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
                poll();
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

    /** One round of searches for the articles sent and not seen yet. */
    void poll() throws IOException, InterruptedException {
        double sentAt = clock.nowMillis();
        double notSearchableAt = lastPollSentAt;
        List<String> pending = ledger.all().stream()
                .filter(article -> !Double.isNaN(article.sentAt()) && !article.isSearchable()
                        && (article.isAccepted() || article.status() == null))
                .map(ArticleTimeline::id).toList();
        for (int from = 0; from < pending.size(); from += IDS_PER_SEARCH) {
            List<String> ids = pending.subList(from, Math.min(pending.size(), from + IDS_PER_SEARCH));
            for (JsonNode hit : search(ids)) {
                ArticleTimeline article = ledger.get(hit.path("fields").path("id").path(0).asString());
                if (article != null) {
                    // epoch_millis comes back as a string, "1764363600123"
                    double indexed = clock.ofEpochMillis((long) Double.parseDouble(
                            hit.path("fields").path("indexedAt").path(0).asString("NaN")));
                    article.searchable(sightingTime(notSearchableAt, indexed, sentAt), indexed);
                }
            }
        }
        lastPollSentAt = sentAt;
    }

    private JsonNode search(List<String> ids) throws IOException, InterruptedException {
        ObjectNode query = json.createObjectNode();
        query.put("size", ids.size());
        // Fields from doc values and no hit count: the cheapest search that answers, since it runs every interval.
        query.put("_source", false);
        query.put("track_total_hits", false);
        ArrayNode fields = query.putArray("docvalue_fields");
        fields.add("id");
        fields.addObject().put("field", "indexedAt").put("format", "epoch_millis");
        ArrayNode filter = query.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put("source", run.source());
        ArrayNode terms = filter.addObject().putObject("terms").putArray("id");
        ids.forEach(terms::add);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(searchUri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(query))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("search answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).path("hits").path("hits");
    }

    /**
     * The middle of the window in which a document first found by a poll sent at {@code sentAt} became searchable:
     * after the previous poll was sent ({@code NaN} for none) and after it was indexed, before {@code sentAt}.
     */
    static double sightingTime(double previousPollSentAt, double indexedAt, double sentAt) {
        double notBefore = Double.isNaN(previousPollSentAt) ? sentAt : previousPollSentAt;
        if (!Double.isNaN(indexedAt)) {
            notBefore = Math.max(notBefore, indexedAt);
        }
        return notBefore >= sentAt ? sentAt : (notBefore + sentAt) / 2;
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
