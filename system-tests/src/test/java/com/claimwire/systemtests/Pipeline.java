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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three services started from their jars (through local-infra's {@link ServiceProcess}) against one
 * infrastructure, in a topic namespace and index prefix of their own, with the HTTP calls the scenarios make.
 */
final class Pipeline implements AutoCloseable {

    static final String API_KEY = "dev-key";
    /** The most alerts {@code GET /api/alerts} answers with. */
    static final int MAX_ALERTS = 500;
    /**
     * Consumer setting for scenarios that crash or remove instances: a consumer that vanished without leaving its
     * group (SIGKILL) holds its partitions until the session times out, 45 s by default; 10 s is well above the
     * heartbeat interval (3 s) and the broker's minimum (6 s), so a merely slow instance on a loaded machine keeps
     * its partitions. Relaxed binding maps it onto {@code spring.kafka.consumer.properties[session.timeout.ms]}.
     */
    static final Map<String, String> QUICK_SESSION_TIMEOUT = Map.of(
            "SPRING_KAFKA_CONSUMER_PROPERTIES_SESSION_TIMEOUT_MS", "10000");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String namespace;
    private final Map<ClaimwireService, ServiceSettings> settings = new EnumMap<>(ClaimwireService.class);
    /** The instances of each service; the first is the one the HTTP calls of this class go to. */
    private final Map<ClaimwireService, List<ServiceProcess>> instances = new EnumMap<>(ClaimwireService.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Pipeline(String namespace) {
        this.namespace = namespace;
    }

    /** The settings of {@code first} and {@code second} together, {@code second} winning where both name one. */
    static Map<String, String> combined(Map<String, String> first, Map<String, String> second) {
        Map<String, String> combined = new HashMap<>(first);
        combined.putAll(second);
        return Map.copyOf(combined);
    }

    /** Starts one instance of each service for {@code testClass} and waits until all are ready. */
    static Pipeline start(Infrastructure infrastructure, Class<?> testClass) {
        return start(infrastructure, testClass, Map.of(), Map.of());
    }

    /**
     * Starts the services for {@code testClass} with further environment variables per service (settings a
     * scenario needs, e.g. a tighter limit) and {@code instances} of each service it names (one of each of the others),
     * all at once, and waits until all are ready.
     */
    static Pipeline start(Infrastructure infrastructure, Class<?> testClass,
                          Map<ClaimwireService, Map<String, String>> extraEnvironment,
                          Map<ClaimwireService, Integer> instances) {
        String namespace = "st-" + testClass.getSimpleName().toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Distributions distributions = Distributions.locate();
        Path logs = distributions.repoDir().resolve("system-tests").resolve("target").resolve("service-logs")
                .resolve(namespace);
        Pipeline pipeline = new Pipeline(namespace);
        try {
            for (ClaimwireService service : ClaimwireService.values()) {
                Map<String, String> environment = new HashMap<>(Map.of(
                        ServiceSettings.KAFKA_NAMESPACE, namespace,
                        ServiceSettings.INDEX_PREFIX, namespace));
                environment.putAll(extraEnvironment.getOrDefault(service, Map.of()));
                ServiceSettings settings = new ServiceSettings(FreePorts.next(), infrastructure.kafkaBootstrapServers(),
                        infrastructure.elasticsearchUrl(), environment);
                pipeline.settings.put(service, settings);
                List<ServiceProcess> started = new ArrayList<>();
                pipeline.instances.put(service, started);
                for (int i = 1; i <= instances.getOrDefault(service, 1); i++) {
                    String log = service.module() + (i == 1 ? "" : "-" + i) + ".log";
                    started.add(ServiceProcess.start(distributions, service,
                            i == 1 ? settings : settings.withPort(FreePorts.next()), logs.resolve(log), false));
                }
            }
            pipeline.instances.values().forEach(started -> started.forEach(
                    instance -> instance.awaitReady(ServiceProcess.READY_TIMEOUT)));
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    /**
     * Starts the first instance of {@code service} again on the same port with its start settings, after it was
     * stopped or killed; waits until it is ready.
     */
    void restart(ClaimwireService service) {
        ServiceProcess previous = instance(service);
        previous.stop();
        instances.get(service).set(0, ServiceProcess.start(Distributions.locate(), service, settings.get(service),
                previous.process().log(), false).awaitReady(ServiceProcess.READY_TIMEOUT));
    }

    /** {@code POST /api/alert-rules} with {@code rule} as the body; returns the new rule's id. */
    String createAlertRule(String rule) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(ClaimwireService.SEARCH, "/api/alert-rules"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(rule)).build());
        assertThat(response.statusCode()).as("alert rule answer: %s", response.body()).isBetween(200, 201);
        return JSON.readTree(response.body()).path("id").asString();
    }

    /** {@code GET /api/alerts?rule=}: the stored alerts of one rule, newest first, at most 500. */
    List<JsonNode> alerts(String ruleId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(ClaimwireService.SEARCH,
                "/api/alerts?size=" + MAX_ALERTS + "&rule=" + URLEncoder.encode(ruleId, StandardCharsets.UTF_8))).GET().build());
        assertThat(response.statusCode()).as("alerts answer: %s", response.body()).isEqualTo(200);
        List<JsonNode> alerts = new ArrayList<>();
        JSON.readTree(response.body()).forEach(alerts::add);
        return alerts;
    }

    /** {@code GET /api/claims/{id}}: the claim with its cluster. */
    JsonNode claim(String claimId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(ClaimwireService.SEARCH,
                "/api/claims/" + URLEncoder.encode(claimId, StandardCharsets.UTF_8))).GET().build());
        assertThat(response.statusCode()).as("claim answer: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The first instance of {@code service}, the one the HTTP calls of this class go to. */
    ServiceProcess instance(ClaimwireService service) {
        return instances.get(service).get(0);
    }

    /** Every instance of {@code service}, the first one first. */
    List<ServiceProcess> instances(ClaimwireService service) {
        return List.copyOf(instances.get(service));
    }

    /** Kills the first instance of {@code service} at once (SIGKILL): a crash; {@link #restart} brings it back. */
    void kill(ClaimwireService service) {
        instance(service).kill();
    }

    /**
     * POSTs one article (or a batch) to ingest; returns the article ids of a 202 answer, or nothing when ingest
     * is unreachable or answers anything else, so that the caller tries again.
     */
    Optional<List<String>> tryPost(String articles) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            uri(ClaimwireService.INGEST, "/api/articles"))
                    .header("Content-Type", "application/json")
                    .header("X-API-Key", API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(articles)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                return Optional.empty();
            }
            List<String> ids = new ArrayList<>();
            JSON.readTree(response.body()).path("ids").forEach(id -> ids.add(id.asString()));
            return Optional.of(ids);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sum over all series of the Prometheus counter {@code name} (e.g. {@code claimwire_analysis_articles_total})
     * of {@code instance}; 0 while it has none.
     */
    double counter(ServiceProcess instance, String name) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(instance.baseUrl() + "/actuator/prometheus")).GET().build());
        assertThat(response.statusCode()).as("metrics of %s", instance.baseUrl()).isEqualTo(200);
        return response.body().lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
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
        return URI.create(instance(service).baseUrl() + pathAndQuery);
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
        // In parallel: each graceful stop may take its whole grace period.
        instances.values().stream().flatMap(List::stream)
                .map(instance -> CompletableFuture.runAsync(instance::stop)).toList()
                .forEach(CompletableFuture::join);
    }
}
