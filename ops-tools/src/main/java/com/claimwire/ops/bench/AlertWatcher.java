package com.claimwire.ops.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures ingest-to-alert latency the way a newsroom receives alerts: an alert rule matching every claim of the
 * run's outlet, and the server-sent event stream of that rule. The first alert naming an article is its alert
 * time. The rule is deleted on close.
 */
final class AlertWatcher implements AutoCloseable {

    private static final Duration RULE_CREATION_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http;
    private final JsonMapper json;
    private final String searchUrl;
    private final String apiKey;
    private final RunClock clock;
    private final RunLedger ledger;
    private final String ruleId;
    private final CountDownLatch connected = new CountDownLatch(1);
    private final AtomicLong alerts = new AtomicLong();
    private final CompletableFuture<HttpResponse<Stream<String>>> stream;

    private AlertWatcher(HttpClient http, JsonMapper json, String searchUrl, String apiKey, RunClock clock,
                         RunLedger ledger, String ruleId) {
        this.http = http;
        this.json = json;
        this.searchUrl = searchUrl;
        this.apiKey = apiKey;
        this.clock = clock;
        this.ledger = ledger;
        this.ruleId = ruleId;
        HttpRequest request = HttpRequest.newBuilder(URI.create(searchUrl + "/api/alerts/stream?rule="
                + URLEncoder.encode(ruleId, StandardCharsets.UTF_8))).header("Accept", "text/event-stream").GET().build();
        this.stream = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        stream.thenAcceptAsync(response -> {
            connected.countDown();
            response.body().forEach(this::onLine);
        }, task -> DaemonThreads.start("alert-stream", task));
    }

    /** Creates the run's rule and connects to its stream; returns once the stream is open. */
    static AlertWatcher open(HttpClient http, JsonMapper json, String searchUrl, String apiKey, RunTag run,
                             RunClock clock, RunLedger ledger) throws IOException, InterruptedException {
        ObjectNode rule = json.createObjectNode();
        rule.put("name", "bench " + run.id() + ": every claim of the run");
        rule.putObject("conditions").putArray("sources").add(run.source());
        HttpResponse<String> created = createRule(http, json.writeValueAsString(rule), searchUrl, apiKey);
        AlertWatcher watcher = new AlertWatcher(http, json, searchUrl, apiKey, clock, ledger,
                json.readTree(created.body()).path("id").asString());
        if (!watcher.connected.await(2, TimeUnit.MINUTES)) {
            watcher.close();
            throw new IOException("the alert stream did not open within 2 minutes");
        }
        return watcher;
    }

    /**
     * Creates the rule, retrying while search-service answers 503 or not at all (a service just started is still
     * creating its alert indices and loading its rules).
     */
    private static HttpResponse<String> createRule(HttpClient http, String rule, String searchUrl, String apiKey)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RULE_CREATION_TIMEOUT.toNanos();
        while (true) {
            try {
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(searchUrl
                                + "/api/alert-rules")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(rule)).build(), HttpResponse.BodyHandlers.ofString());
                if (created.statusCode() / 100 == 2) {
                    return created;
                }
                if (created.statusCode() != 503 || System.nanoTime() > deadline) {
                    throw new IOException("creating the alert rule answered " + created.statusCode() + ": "
                            + created.body());
                }
            } catch (HttpTimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }

    private void onLine(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        double at = clock.nowMillis();
        JsonNode alert;
        try {
            alert = json.readTree(line.substring("data:".length()).strip());
        } catch (RuntimeException unreadable) {
            return;
        }
        alerts.incrementAndGet();
        ArticleTimeline article = ledger.get(alert.path("trigger").path("extracted").path("articleId").asString());
        if (article != null) {
            article.alerted(at);
        }
    }

    String ruleId() {
        return ruleId;
    }

    long alerts() {
        return alerts.get();
    }

    @Override
    public void close() {
        stream.cancel(true);
        stream.thenAccept(response -> response.body().close());
        try {
            http.send(HttpRequest.newBuilder(URI.create(searchUrl + "/api/alert-rules/"
                    + URLEncoder.encode(ruleId, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", apiKey).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete alert rule " + ruleId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
