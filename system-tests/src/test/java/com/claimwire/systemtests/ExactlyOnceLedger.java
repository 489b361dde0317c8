package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a fault scenario posted, and the exact count that ends it. Every article the ledger posts comes from one
 * outlet of its own (the pipeline's namespace), which an alert rule watches, so that the check can say of every
 * article and claim whether it arrived, and how often. Every other article repeats the same claim, so that one
 * claim cluster (and one alert) collects many reports; the others each state a claim of their own. The rule's
 * webhook calls a {@link WebhookReceiver}, and {@link #followAlertStream} reads instances' alert streams. It checks:
 * <ul>
 *   <li>the articles index holds exactly the accepted articles, each found exactly once by search;</li>
 *   <li>every accepted article has claims on the claims topic, and the claims index holds exactly the claims
 *       published for them (deduplicated by claim id: a re-delivery there is allowed, a second document is not),
 *       each in a cluster, no claim span twice;</li>
 *   <li>each claim cluster reports exactly as many claims as the index holds for it;</li>
 *   <li>the rule's alerts count every claim exactly once: no alert id twice, no claim in two alerts, each alert
 *       counting claims of its own cluster only, raised plus further matches equal to the number of claims;</li>
 *   <li>every alert delivered to the webhook (exactly once, or at least once where a crash may cut a delivery short)
 *       and streamed exactly once by every instance followed.</li>
 * </ul>
 * Used by every scenario that ends with an exact count: {@link FaultToleranceIT}, {@link ScaleOutIT} and
 * {@link ServiceCrashIT}; the search instances must allow webhooks on loopback
 * ({@link WebhookReceiver#LOOPBACK_WEBHOOKS}).
 */
final class ExactlyOnceLedger implements AutoCloseable {

    /** How often each alert must have reached the webhook. */
    enum WebhookCalls {
        ONCE_PER_ALERT,
        /** A call cut short by a crash is made again, with the alert id to deduplicate by. */
        AT_LEAST_ONCE
    }

    /** Generous: the services share two cores with the whole team's builds. */
    static final Duration CONVERGENCE_TIMEOUT = Duration.ofMinutes(5);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FILLER_WORDS = 40;

    private final Pipeline pipeline;
    private final Infrastructure infrastructure;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> idsByToken = Collections.synchronizedMap(new LinkedHashMap<>());
    private final TopicProbe claimsTopic;
    private final AtomicInteger articlesWritten = new AtomicInteger();
    private final WebhookReceiver webhook = new WebhookReceiver();
    private final List<AlertStreamReader> streams = new ArrayList<>();
    private String ruleId;

    ExactlyOnceLedger(Pipeline pipeline, Infrastructure infrastructure) {
        this.pipeline = pipeline;
        this.infrastructure = infrastructure;
        this.claimsTopic = new TopicProbe(infrastructure.kafkaBootstrapServers(),
                List.of(Topics.CLAIMS.qualifiedName(pipeline.namespace())));
    }

    /** The outlet of every article this ledger posts. */
    String source() {
        return pipeline.namespace();
    }

    /**
     * Follows the alert stream of the search instance {@code search} from now on: call it before
     * {@link #watchWithAlertRule()}, so that the stream sees every alert of the rule.
     */
    void followAlertStream(ServiceProcess search) {
        assertThat(ruleId).as("rule created before the stream was followed").isNull();
        streams.add(new AlertStreamReader(search.baseUrl()));
    }

    /**
     * Creates the alert rule that watches this ledger's outlet, with the webhook receiver as its webhook, then posts
     * a first article and waits for its alert, so that the rule is known to be active before any fault.
     */
    void watchWithAlertRule() {
        ObjectNode rule = JSON.createObjectNode();
        rule.put("name", "exact count of " + source());
        rule.putObject("conditions").putArray("sources").add(source());
        ObjectNode hook = rule.putObject("webhook");
        hook.put("url", webhook.url());
        hook.put("secret", "system-tests-webhook-secret");
        ruleId = pipeline.createAlertRule(rule.toString());
        post();
        await().atMost(CONVERGENCE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(pipeline.alerts(ruleId)).as("alerts raised by the first article").isNotEmpty());
    }

    /** Posts one new article; fails unless ingest accepts it. */
    String post() {
        String token = TestArticles.uniqueToken();
        String id = pipeline.post(article(token)).get(0);
        idsByToken.put(token, id);
        return id;
    }

    /** Records an article posted by other means (a poster retrying until accepted, a replay). */
    void accepted(String token, String id) {
        idsByToken.put(token, id);
    }

    /** A new article of this ledger's outlet containing {@code token}, to post by other means. */
    String article(String token) {
        return articlesWritten.getAndIncrement() % 2 == 0
                ? TestArticles.articleWithADistinctClaim(token, source(), FILLER_WORDS)
                : TestArticles.quotedArticle(token, source(), FILLER_WORDS);
    }

    int posted() {
        return idsByToken.size();
    }

    Map<String, String> idsByToken() {
        synchronized (idsByToken) {
            return new LinkedHashMap<>(idsByToken);
        }
    }

    /**
     * Waits until everything posted has gone all the way through, then asserts the exact counts.
     *
     * @return the counts, for the scenario's report
     */
    Counts assertEverythingExactlyOnce(WebhookCalls webhookCalls) {
        Map<String, String> posted = idsByToken();
        Set<String> postedIds = new HashSet<>(posted.values());
        assertThat(postedIds).as("distinct ids of the distinct articles posted").hasSize(posted.size());

        await().atMost(CONVERGENCE_TIMEOUT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(articleDocuments()).as("articles indexed").containsAll(postedIds);
            Map<String, String> published = publishedClaims(postedIds);
            assertThat(published.values()).as("articles with claims on the claims topic")
                    .containsAll(postedIds);
            List<JsonNode> claims = claimDocuments();
            assertThat(claims).extracting(claim -> claim.path("id").asString())
                    .as("claims indexed").containsAll(published.keySet());
            assertThat(claims).allSatisfy(claim -> assertThat(claim.path("tracking").path("clusterId").asString(""))
                    .as("cluster of %s", claim.path("id")).isNotBlank());
            assertThat(alertedClaims()).as("claims counted by alerts").isGreaterThanOrEqualTo(published.size());
        });

        List<String> articles = articleDocuments();
        assertThat(articles).as("article documents of this scenario's outlet")
                .containsExactlyInAnyOrderElementsOf(postedIds);
        for (Map.Entry<String, String> article : posted.entrySet()) {
            JsonNode found = pipeline.searchArticles(article.getKey());
            assertThat(found.path("hits")).as("search hits for %s", article.getKey())
                    .extracting(hit -> hit.path("id").asString()).containsExactly(article.getValue());
            assertThat(found.path("total").asLong()).as("search total for %s", article.getKey()).isEqualTo(1);
        }

        Map<String, String> published = publishedClaims(postedIds);
        List<JsonNode> claims = claimDocuments();
        assertThat(claims).extracting(claim -> claim.path("id").asString()).as("claim documents")
                .containsExactlyInAnyOrderElementsOf(published.keySet());
        assertThat(claims.stream().map(claim -> claim.path("articleId").asString() + "@"
                + claim.path("start").asInt() + "-" + claim.path("end").asInt()).distinct().count())
                .as("distinct claim spans (a claim indexed twice under another id would repeat one)")
                .isEqualTo(claims.size());

        Map<String, Set<String>> claimsByCluster = claims.stream().collect(Collectors.groupingBy(
                claim -> claim.path("tracking").path("clusterId").asString(""), TreeMap::new,
                Collectors.mapping(claim -> claim.path("id").asString(), Collectors.toSet())));
        assertThat(claimsByCluster).as("clusters").doesNotContainKey("");
        await("cluster reports counted once").atMost(CONVERGENCE_TIMEOUT).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    for (Map.Entry<String, Set<String>> cluster : claimsByCluster.entrySet()) {
                        assertThat(pipeline.claim(cluster.getKey()).path("cluster").path("reports").asLong())
                                .as("reports of cluster %s", cluster.getKey()).isEqualTo(cluster.getValue().size());
                    }
                });

        List<JsonNode> alerts = pipeline.alerts(ruleId);
        assertThat(alerts).as("alerts, all on one page").hasSizeLessThan(Pipeline.MAX_ALERTS);
        assertThat(alerts).extracting(alert -> alert.path("alertId").asString()).as("alert ids")
                .doesNotHaveDuplicates();
        List<String> counted = new ArrayList<>();
        for (JsonNode alert : alerts) {
            List<String> matched = new ArrayList<>();
            alert.path("matchedClaimIds").forEach(id -> matched.add(id.asString()));
            assertThat(claimsByCluster.getOrDefault(alert.path("clusterId").asString(), Set.of()))
                    .as("cluster of alert %s", alert.path("alertId")).containsAll(matched);
            assertThat(alert.path("furtherMatches").asInt()).as("further matches of alert %s", alert.path("alertId"))
                    .isEqualTo(matched.size() - 1);
            counted.addAll(matched);
        }
        assertThat(counted).as("claims counted by the rule's alerts")
                .containsExactlyInAnyOrderElementsOf(published.keySet());
        assertThat(alertedClaims()).as("raised plus further matches").isEqualTo(published.size());

        Set<String> alertIds = alerts.stream().map(alert -> alert.path("alertId").asString())
                .collect(Collectors.toSet());
        await("each alert delivered to the webhook and streamed once").atMost(CONVERGENCE_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertThat(webhook.callsByAlertId().keySet()).as("alerts delivered to the webhook")
                            .containsExactlyInAnyOrderElementsOf(alertIds);
                    for (AlertStreamReader stream : streams) {
                        assertThat(stream.alertIds()).as("alerts streamed by %s", stream.uri())
                                .containsExactlyInAnyOrderElementsOf(alertIds);
                    }
                });
        Map<String, Integer> calls = webhook.callsByAlertId();
        if (webhookCalls == WebhookCalls.ONCE_PER_ALERT) {
            assertThat(calls).as("webhook calls per alert").allSatisfy((alert, count) -> assertThat(count).isOne());
        }

        return new Counts(articles.size(), claims.size(), claimsByCluster.size(), alerts.size(),
                calls.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** What the exact check found. */
    record Counts(int articles, int claims, int clusters, int alerts, int webhookCalls) {
        @Override
        public String toString() {
            return articles + " articles, " + claims + " claims in " + clusters + " clusters, " + alerts + " alerts, "
                    + webhookCalls + " webhook calls";
        }
    }

    /** Claim id to article id of every claim on the claims topic for {@code articleIds}. */
    private Map<String, String> publishedClaims(Set<String> articleIds) {
        List<ConsumerRecord<String, byte[]>> records = claimsTopic.recordsToTheEnd();
        Map<String, String> articleByClaim = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key() != null && articleIds.contains(record.key()) && record.value() != null) {
                JsonNode event = JSON.readTree(record.value());
                articleByClaim.put(event.path("claim").path("id").asString(), event.path("articleId").asString());
            }
        }
        return articleByClaim;
    }

    private long alertedClaims() {
        return pipeline.alerts(ruleId).stream().mapToLong(alert -> 1 + alert.path("furtherMatches").asLong()).sum();
    }

    private List<String> articleDocuments() {
        List<String> ids = new ArrayList<>();
        searchIndex("articles", "[\"id\"]").forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    private List<JsonNode> claimDocuments() {
        return searchIndex("claims", "[\"id\", \"articleId\", \"start\", \"end\", \"tracking.clusterId\"]");
    }

    /** The sources of every document of this ledger's outlet in {@code <namespace>-<kind>}, straight from Elasticsearch. */
    private List<JsonNode> searchIndex(String kind, String fields) {
        String body = "{\"size\": 10000, \"track_total_hits\": true, \"_source\": " + fields
                + ", \"query\": {\"term\": {\"source\": \"" + source() + "\"}}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(infrastructure.elasticsearchUrl() + "/"
                        + pipeline.namespace() + "-" + kind + "/_search"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("search of %s: %s", kind, response.body()).isEqualTo(200);
            List<JsonNode> sources = new ArrayList<>();
            JSON.readTree(response.body()).path("hits").path("hits").forEach(hit -> sources.add(hit.path("_source")));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        streams.forEach(AlertStreamReader::close);
        webhook.close();
        claimsTopic.close();
    }
}
