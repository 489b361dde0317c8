package com.claimwire.ingest.bulkimport;

import com.claimwire.contracts.EventCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts batches to {@code POST /api/articles}, retrying with backoff while the service is unavailable (503,
 * connection refused): ingest answers a retried batch with duplicates for what already went through.
 */
class IngestApiClient {

    private static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String apiKey;

    IngestApiClient(String baseUrl, String apiKey) {
        this.endpoint = URI.create(baseUrl + "/api/articles");
        this.apiKey = apiKey;
    }

    /** The service's answer: status and JSON body (a missing node when the body was not JSON). */
    record Answer(int status, JsonNode body) {
    }

    Answer post(List<ObjectNode> articles) throws IOException {
        byte[] payload = EventCodec.mapper().writeValueAsBytes(articles);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .build();
        Duration backoff = FIRST_BACKOFF;
        String lastProblem = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 503) {
                    return new Answer(response.statusCode(), json(response.body()));
                }
                lastProblem = "503 " + json(response.body()).path("detail").asString("");
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportAbortedException("interrupted");
            }
            pause(backoff);
            backoff = backoff.multipliedBy(2);
        }
        throw new ImportAbortedException("ingest at " + endpoint + " did not take the batch after " + MAX_ATTEMPTS
                + " attempts: " + lastProblem);
    }

    private static JsonNode json(byte[] body) {
        try {
            return EventCodec.mapper().readTree(body);
        } catch (JacksonException e) {
            return EventCodec.mapper().missingNode();
        }
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportAbortedException("interrupted");
        }
    }
}
