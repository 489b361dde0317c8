package com.claimwire.ops.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes the run's articles to {@code POST /api/articles}: one per request on a fixed-rate schedule, or batches
 * with a bounded number of requests in flight as fast as ingest takes them. An article counts as accepted when
 * its 202 answer arrives; the answer also says whether ingest saw it as a near duplicate ({@code duplicateOf}).
 */
final class IngestDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http;
    private final JsonMapper json;
    private final URI articlesUri;
    private final String apiKey;
    private final ReutersArticles articles;
    private final RunTag run;
    private final RunClock clock;
    private final RunLedger ledger;
    private int nextSequence;

    IngestDriver(HttpClient http, JsonMapper json, String ingestUrl, String apiKey, ReutersArticles articles,
                 RunTag run, RunClock clock, RunLedger ledger) {
        this.http = http;
        this.json = json;
        this.articlesUri = URI.create(ingestUrl + "/api/articles");
        this.apiKey = apiKey;
        this.articles = articles;
        this.run = run;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** Sends {@code count} articles at {@code rate} per second; returns once every answer is in. */
    void sendAtRate(String phase, int rate, int count) {
        RatePacer pacer = new RatePacer(rate, System.nanoTime());
        List<CompletableFuture<?>> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long wait;
            while ((wait = pacer.waitNanos(i, System.nanoTime())) > 0) {
                LockSupport.parkNanos(wait);
            }
            answers.add(post(phase, 1));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    }

    /** Sends {@code count} articles in batches, {@code concurrency} requests at a time; returns once all answered. */
    void sendAsFastAsPossible(String phase, int count, int batchSize, int concurrency) {
        Semaphore inFlight = new Semaphore(concurrency);
        List<CompletableFuture<?>> answers = new ArrayList<>();
        for (int sent = 0; sent < count; sent += batchSize) {
            inFlight.acquireUninterruptibly();
            answers.add(post(phase, Math.min(batchSize, count - sent)).whenComplete((ok, error) -> inFlight.release()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<?> post(String phase, int size) {
        Instant now = Instant.now();
        List<ArticleTimeline> batch = new ArrayList<>(size);
        ArrayNode body = json.createArrayNode();
        for (int i = 0; i < size; i++) {
            ObjectNode article = articles.article(run, nextSequence++, now);
            batch.add(ledger.add(article.get("id").asString(), phase));
            body.add(article);
        }
        String payload = size == 1 ? json.writeValueAsString(body.get(0)) : json.writeValueAsString(body);
        HttpRequest request = HttpRequest.newBuilder(articlesUri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        double sentAt = clock.nowMillis();
        batch.forEach(article -> article.sent(sentAt));
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> answered(batch, response.statusCode(), response.body()))
                .exceptionally(error -> {
                    batch.forEach(article -> article.rejected("no answer: " + error.getMessage()));
                    return null;
                });
    }

    private void answered(List<ArticleTimeline> batch, int status, String body) {
        double at = clock.nowMillis();
        if (status != 202) {
            String reason = "HTTP " + status + ": " + body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
            batch.forEach(article -> article.rejected(reason));
            return;
        }
        JsonNode items = json.readTree(body).path("items");
        for (int i = 0; i < batch.size(); i++) {
            JsonNode item = items.path(i);
            batch.get(i).accepted(at, item.path("status").asString("accepted"),
                    item.hasNonNull("duplicateOf") ? item.get("duplicateOf").asString() : null);
        }
    }
}
