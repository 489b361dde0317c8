package com.claimwire.ingest.support;

import com.claimwire.contracts.EventCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** A real HTTP client for a running ingest service on loopback. */
public final class IngestHttp {

    public static final String API_KEY = "dev-key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public IngestHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A response: status, Content-Type and body as JSON (a missing node when not JSON). */
    public record Answer(int status, String contentType, JsonNode json, String text) {
    }

    public Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts without a Content-Length header (chunked), as a streaming client would. */
    public Answer postJsonChunked(String path, byte[] json) {
        return send(request(path).header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))));
    }

    public Answer post(String path, String contentType, String apiKey, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType);
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer delete(String path) {
        return send(request(path).header("X-API-Key", API_KEY).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = EventCodec.mapper().readTree(response.body());
            } catch (JacksonException e) {
                json = EventCodec.mapper().missingNode();
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json,
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
