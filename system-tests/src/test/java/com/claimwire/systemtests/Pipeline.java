package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.Distributions;
import com.claimwire.localinfra.FreePorts;
import com.claimwire.localinfra.ServiceProcess;
import com.claimwire.localinfra.ServiceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three services started from their jars (through local-infra's {@link ServiceProcess}) against one
 * infrastructure, in a topic namespace and index prefix of their own, with the HTTP calls the scenarios make.
 */
final class Pipeline implements AutoCloseable {

    static final String API_KEY = "dev-key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String namespace;
    private final Map<ClaimwireService, ServiceProcess> services;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Pipeline(String namespace, Map<ClaimwireService, ServiceProcess> services) {
        this.namespace = namespace;
        this.services = services;
    }

    /** Starts the services for {@code testClass} and waits until all are ready. */
    static Pipeline start(Infrastructure infrastructure, Class<?> testClass) {
        String namespace = "st-" + testClass.getSimpleName().toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Distributions distributions = Distributions.locate();
        Path logs = distributions.repoDir().resolve("system-tests").resolve("target").resolve("service-logs")
                .resolve(namespace);
        Map<ClaimwireService, ServiceProcess> services = new EnumMap<>(ClaimwireService.class);
        Pipeline pipeline = new Pipeline(namespace, services);
        try {
            for (ClaimwireService service : ClaimwireService.values()) {
                ServiceSettings settings = new ServiceSettings(FreePorts.next(), infrastructure.kafkaBootstrapServers(),
                        infrastructure.elasticsearchUrl(), Map.of(
                                ServiceSettings.KAFKA_NAMESPACE, namespace,
                                ServiceSettings.INDEX_PREFIX, namespace));
                services.put(service, ServiceProcess.start(distributions, service, settings,
                        logs.resolve(service.module() + ".log"), false));
            }
            for (ServiceProcess service : services.values()) {
                service.awaitReady(ServiceProcess.READY_TIMEOUT);
            }
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    /** The topic namespace, also the index prefix. */
    String namespace() {
        return namespace;
    }

    /** POSTs one article (or a batch) to ingest; returns the article ids of its 202 answer. */
    List<String> post(String articles) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(ClaimwireService.INGEST, "/api/articles"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(articles)).build());
        assertThat(response.statusCode()).as("ingest answer: %s", response.body()).isEqualTo(202);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).path("ids").forEach(id -> ids.add(id.asString()));
        assertThat(ids).as("ids in %s", response.body()).isNotEmpty();
        return ids;
    }

    /** {@code GET /api/claims/search?q=}: {@code {"total", "hits"}}. */
    JsonNode searchClaims(String query) {
        return search("/api/claims/search", query);
    }

    /** {@code GET /api/articles/search?q=}: {@code {"total", "hits"}}. */
    JsonNode searchArticles(String query) {
        return search("/api/articles/search", query);
    }

    private JsonNode search(String path, String query) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                uri(ClaimwireService.SEARCH, path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build());
        assertThat(response.statusCode()).as("search answer: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(ClaimwireService service, String pathAndQuery) {
        return URI.create(services.get(service).baseUrl() + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
    }
}
