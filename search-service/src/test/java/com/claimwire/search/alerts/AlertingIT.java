package com.claimwire.search.alerts;

import static com.claimwire.search.alerts.TrackedClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.AlertRuleChanged;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.Topics;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerting end to end against the real Kafka broker and Elasticsearch node of {@code local-infra}: rules through the
 * API, claims through the claims topic, alerts out on the server-sent event stream and at a real webhook receiver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class AlertingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String API_KEY = "dev-key";
    private static final String SECRET = "a-webhook-secret-of-some-length";
    private static final String NAME = "it-alerts-" + UUID.randomUUID().toString().substring(0, 8);
    /** Rules already on the rule topic when the service starts, as after a restart. */
    private static final int PRELOADED_RULES = 2_000;
    private static final String PRELOADED_TOKEN = "preloaded" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PRELOADED_RULE_ID = "preloaded-v1-rule";
    private static WebhookReceiver preloadedReceiver;

    @LocalServerPort
    int port;

    @Autowired
    AlertTopics topics;

    @Autowired
    RuleMatcher matcher;

    @Autowired
    RuleTopicCatchUp ruleTopicCatchUp;

    private final HttpClient http = HttpClient.newHttpClient();
    private KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.search.elasticsearch.url", () -> LocalElasticsearch.shared().url());
        registry.add("claimwire.kafka.namespace", () -> NAME);
        registry.add("claimwire.search.index-prefix", () -> NAME);
        registry.add("claimwire.search.alerts.webhooks.allowed-hosts", () -> "127.0.0.1");
        registry.add("claimwire.search.alerts.webhooks.initial-backoff", () -> "200ms");
        registry.add("claimwire.search.alerts.webhooks.attempts", () -> "4");
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalKafka.shared().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.CLAIMS.qualifiedName(NAME), 2, (short) 1),
                    new NewTopic(Topics.ENRICHED_ARTICLES.qualifiedName(NAME), 2, (short) 1),
                    new NewTopic(Topics.ALERT_RULES.qualifiedName(NAME), 1, (short) 1)
                            .configs(Map.of("cleanup.policy", "compact")),
                    new NewTopic(Topics.TRACKED_CLAIMS.qualifiedName(NAME), 3, (short) 1))).all().get();
            preloadedReceiver = new WebhookReceiver(0);
            preloadRulesAndAClaim();
        } catch (Exception e) {
            throw new IllegalStateException("could not create the input topics", e);
        }
    }

    /**
     * Before the service starts: many rules on the rule topic, the last one written by schema version 1 (its webhook
     * secret in the clear), and a tracked claim that only that last rule matches. Unless matching waits until every
     * rule is read, the claim is matched before its rule is known and its alert is lost.
     */
    private static void preloadRulesAndAClaim() throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer())) {
            String rules = Topics.ALERT_RULES.qualifiedName(NAME);
            Map<ProducerRecord<String, byte[]>, Future<RecordMetadata>> sends = new LinkedHashMap<>();
            for (int i = 0; i < PRELOADED_RULES; i++) {
                String id = "preloaded-" + i;
                var changed = new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, id, 1, "Preloaded " + i,
                        "word" + i + " other" + i, null, null, null, Instant.now());
                var rule = new ProducerRecord<>(rules, id, EventCodec.encode(changed));
                sends.put(rule, producer.send(rule));
            }
            // A topic the first write creates may have no leader for a while on a busy machine: a batch that times
            // out meanwhile is sent again, so that every preloaded rule is on the topic before the service starts.
            for (var send : sends.entrySet()) {
                try {
                    send.getValue().get();
                } catch (ExecutionException timedOut) {
                    producer.send(send.getKey()).get();
                }
            }
            String versionOne = """
                    {"schemaVersion":1,"ruleId":"%s","revision":1,"name":"Written before version 2","query":"%s",
                     "webhookUrl":"%s","webhookSecret":"%s","changedAt":"2026-01-01T00:00:00Z"}"""
                    .formatted(PRELOADED_RULE_ID, PRELOADED_TOKEN, preloadedReceiver.url(), SECRET);
            producer.send(new ProducerRecord<>(rules, PRELOADED_RULE_ID, versionOne.getBytes(StandardCharsets.UTF_8)))
                    .get();
            ClaimTracked claim = claim().id("c-" + PRELOADED_TOKEN).article("article-" + PRELOADED_TOKEN)
                    .cluster("cluster-" + PRELOADED_TOKEN).text("A claim about " + PRELOADED_TOKEN).build();
            producer.send(new ProducerRecord<>(Topics.TRACKED_CLAIMS.qualifiedName(NAME), claim.key(),
                    EventCodec.encode(claim))).get();
        }
    }

    @BeforeAll
    void connect() {
        // Matching starts only once the preloaded rules are read: the tests' own patience starts after that.
        await().atMost(Duration.ofMinutes(5)).until(ruleTopicCatchUp::isCaughtUp);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void disconnect() {
        producer.close();
        preloadedReceiver.close();
    }

    @Test
    void noClaimIsMatchedBeforeEveryRuleOnTheTopicAtStartupIsRead() throws Exception {
        JsonNode alerts = eventually("/api/alerts?rule=" + PRELOADED_RULE_ID,
                found -> found.size() == 1);
        assertThat(alerts.get(0).get("triggerClaimId").asString()).isEqualTo("c-" + PRELOADED_TOKEN);

        JsonNode readiness = getJson("/actuator/health/readiness");
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/alertRules/details/rules").asInt()).isGreaterThan(PRELOADED_RULES);

        // The version-1 rule's secret was sealed on reading, and still signs what its receiver gets.
        await().atMost(PATIENCE).until(() -> preloadedReceiver.received().size() == 1);
        WebhookReceiver.Received delivered = preloadedReceiver.received().get(0);
        assertThat(WebhookSignature.verify(SECRET, delivered.timestamp(), delivered.body(), delivered.signature())).isTrue();
        assertThat(new String(delivered.body(), StandardCharsets.UTF_8)).doesNotContain(SECRET);
    }

    @Test
    void aClaimOnTheClaimsTopicRaisesAnAlertOnTheStreamAndAtAWebhookThatFailsTwiceFirst() throws Exception {
        try (var receiver = new WebhookReceiver(2)) {
            String ruleId = createRule("""
                    {"name": "Denials or admissions about Iran and drones", "query": "Iran drones",
                     "conditions": {"claimTypes": ["DENIAL", "ADMISSION"]},
                     "webhook": {"url": "%s", "secret": "%s"}}""".formatted(receiver.url(), SECRET));
            try (var stream = new SseClient(uri("/api/alerts/stream?rule=" + ruleId), null)) {
                await().atMost(PATIENCE).until(stream::connected);

                String articleId = "article-" + UUID.randomUUID();
                ClaimExtracted admission = extracted(articleId, "We provided Russia with a small number of drones");
                send(topics.name(Topics.CLAIMS), articleId, EventCodec.encode(admission));

                await().atMost(PATIENCE).until(() -> stream.eventIds().size() == 1);
                String alertId = stream.eventIds().get(0);
                assertThat(stream.data().get(0)).contains(ruleId).contains(admission.claim().id());

                await().atMost(PATIENCE).until(() -> receiver.received().stream().anyMatch(r -> r.answeredWith() == 204));
                List<WebhookReceiver.Received> requests = receiver.received();
                assertThat(requests).extracting(WebhookReceiver.Received::answeredWith).containsExactly(503, 503, 204);
                assertThat(requests).extracting(WebhookReceiver.Received::attempt).containsExactly(1, 2, 3);
                assertThat(requests).allSatisfy(request -> {
                    assertThat(request.alertId()).isEqualTo(alertId);
                    assertThat(WebhookSignature.verify(SECRET, request.timestamp(), request.body(), request.signature()))
                            .as("signature of attempt %d", request.attempt()).isTrue();
                });

                JsonNode deliveries = eventually("/api/alert-rules/" + ruleId + "/deliveries",
                        log -> log.size() == 1 && "DELIVERED".equals(log.get(0).get("state").asString()));
                assertThat(deliveries.get(0).get("log").size()).isEqualTo(3);
                JsonNode stored = eventually("/api/alerts?rule=" + ruleId,
                        alerts -> alerts.size() == 1);
                assertThat(stored.get(0).get("alertId").asString()).isEqualTo(alertId);
                assertThat(stored.get(0).get("speaker").asString()).isEqualTo("Hossein Amir-Abdollahian");

                assertThat(stream.data()).noneMatch(data -> data.contains(SECRET));
                assertThat(deliveries.toString()).doesNotContain(SECRET);
                assertThat(getJson("/api/alert-rules/" + ruleId).toString()).doesNotContain(SECRET).doesNotContain("A256GCM");
                assertThat(getJson("/api/alert-rules").toString()).doesNotContain(SECRET).doesNotContain("A256GCM");
                assertSecretIsSealedAtRest(ruleId);
            }
        }
    }

    @Test
    void aRedeliveredClaimNeverDoublesAnAlertAndAResumingStreamGetsWhatItMissed() throws Exception {
        try (var receiver = new WebhookReceiver(0)) {
            String ruleId = createRule("""
                    {"name": "Reversals by heads of state or foreign ministers",
                     "conditions": {"statuses": ["REVERSAL"], "speakerRoles": ["head of state", "foreign minister"]},
                     "webhook": {"url": "%s", "secret": "%s"}}""".formatted(receiver.url(), SECRET));
            String articleId = "article-" + UUID.randomUUID();
            ClaimTracked reversal = claim().id("c-" + UUID.randomUUID()).article(articleId).cluster("cluster-a")
                    .status(TrackingStatus.REVERSAL).build();
            ClaimTracked sameClusterLater = claim().id("c-" + UUID.randomUUID()).article(articleId).cluster("cluster-a")
                    .status(TrackingStatus.REVERSAL).publishedAt(reversal.claimedAt().plusSeconds(60)).build();
            ClaimTracked otherCluster = claim().id("c-" + UUID.randomUUID()).article(articleId).cluster("cluster-b")
                    .status(TrackingStatus.REVERSAL).speaker("Ebrahim Raisi", SpeakerKind.PERSON, "President of Iran")
                    .build();

            sendTracked(reversal);
            JsonNode first = eventually("/api/alerts?rule=" + ruleId,
                    alerts -> alerts.size() == 1);
            String firstAlertId = first.get(0).get("alertId").asString();

            // The same claim again (as after a crash before the offset commit), another report of its cluster, and
            // then, on the same partition, a claim of another cluster: once that one is alerted, all were matched.
            sendTracked(reversal);
            sendTracked(sameClusterLater);
            sendTracked(sameClusterLater);
            sendTracked(otherCluster);
            JsonNode alerts = eventually("/api/alerts?rule=" + ruleId,
                    found -> found.size() == 2);

            JsonNode original = alerts.get(0).get("alertId").asString().equals(firstAlertId) ? alerts.get(0) : alerts.get(1);
            assertThat(original.get("furtherMatches").asInt()).as("the later report counted once").isEqualTo(1);
            await().atMost(PATIENCE).until(() -> receiver.received().size() == 2);
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::alertId).doesNotHaveDuplicates();

            try (var resumed = new SseClient(uri("/api/alerts/stream?rule=" + ruleId), firstAlertId)) {
                await().atMost(PATIENCE).until(() -> resumed.eventIds().size() == 1);
                assertThat(resumed.eventIds()).doesNotContain(firstAlertId);
            }
        }
    }

    @Test
    void aDeliveryThatFailsEveryAttemptBecomesADeadLetterThatCanBeReplayed() throws Exception {
        String token = "deadletter" + UUID.randomUUID().toString().substring(0, 8);
        try (var receiver = new WebhookReceiver(4)) {
            String ruleId = createRule("{\"name\": \"Dead letters\", \"query\": \"%s\", \"webhook\": {\"url\": \"%s\", \"secret\": \"%s\"}}"
                    .formatted(token, receiver.url(), SECRET));
            sendTracked(claim().id("c-" + UUID.randomUUID()).article("article-" + UUID.randomUUID())
                    .cluster("cluster-" + token).title("Dead letters").text("A claim about " + token).build());

            JsonNode dead = eventually("/api/alert-rules/" + ruleId + "/deliveries?state=DEAD_LETTER", log -> log.size() == 1);
            assertThat(dead.get(0).get("attempts").asInt()).isEqualTo(4);
            assertThat(receiver.received()).hasSize(4);

            HttpResponse<String> replay = post("/api/alert-rules/" + ruleId + "/deliveries/replay", "", API_KEY);
            assertThat(replay.statusCode()).isEqualTo(202);
            assertThat(replay.body()).contains("\"replayed\":1");

            eventually("/api/alert-rules/" + ruleId + "/deliveries?state=DELIVERED",
                    log -> log.size() == 1);
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::answeredWith)
                    .containsExactly(503, 503, 503, 503, 204);
        }
    }

    @Test
    void rulesAreCreatedReadChangedAndDeletedAndBadOnesAreRefusedWithTheReason() throws Exception {
        assertThat(post("/api/alert-rules", "{\"name\":\"x\",\"query\":\"drones\"}", null).statusCode())
                .as("no API key").isEqualTo(401);

        HttpResponse<String> empty = post("/api/alert-rules", "{\"name\":\"everything\"}", API_KEY);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        assertThat(empty.body()).contains("needs a query or at least one condition");

        HttpResponse<String> unknownType = post("/api/alert-rules",
                "{\"name\":\"rumours\",\"conditions\":{\"claimTypes\":[\"RUMOUR\"]}}", API_KEY);
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("RUMOUR");

        HttpResponse<String> metadata = post("/api/alert-rules", """
                {"name": "steal", "query": "drones",
                 "webhook": {"url": "http://169.254.169.254/latest/meta-data", "secret": "%s"}}""".formatted(SECRET), API_KEY);
        assertThat(metadata.statusCode()).isEqualTo(400);
        assertThat(metadata.body()).contains("webhook.url is refused");

        String id = createRule("{\"name\":\"Sanctions from unnamed officials\",\"query\":\"sanctions\","
                + "\"conditions\":{\"statuses\":[\"NEW\"],\"speakerKinds\":[\"UNNAMED\"]}}");
        JsonNode read = getJson("/api/alert-rules/" + id);
        assertThat(read.get("revision").asLong()).isEqualTo(1);
        assertThat(read.has("webhookSecret")).isFalse();

        HttpResponse<String> changed = send(HttpRequest.newBuilder(uri("/api/alert-rules/" + id))
                .header("X-API-Key", API_KEY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sanctions\",\"query\":\"sanctions OR embargo\"}")));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("revision").asLong()).isEqualTo(2);
        assertThat(matcher.rule(id)).hasValueSatisfying(rule -> assertThat(rule.revision()).isEqualTo(2));
        List<String> listed = new java.util.ArrayList<>();
        getJson("/api/alert-rules").forEach(rule -> listed.add(rule.get("id").asString()));
        assertThat(listed).contains(id);

        HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri("/api/alert-rules/" + id))
                .header("X-API-Key", API_KEY).DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(uri("/api/alert-rules/" + id))).statusCode()).isEqualTo(404);
        assertThat(matcher.rule(id)).isEmpty();
    }

    @Test
    void aRuleChangeFromAnotherInstanceReachesThisInstancesMatcherThroughTheCompactedTopic() {
        String id = "from-elsewhere-" + UUID.randomUUID();
        AlertRuleChanged changed = new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, id, 1, "Elsewhere", "drones",
                null, null, null, Instant.now());

        send(topics.rules(), id, EventCodec.encode(changed));
        await().atMost(PATIENCE).until(() -> matcher.rule(id).isPresent());

        send(topics.rules(), id, null);
        await().atMost(PATIENCE).until(() -> matcher.rule(id).isEmpty());
    }

    /** The rules index and the rule topic hold the webhook secret sealed, never in the clear. */
    private void assertSecretIsSealedAtRest(String ruleId) throws Exception {
        HttpResponse<String> indexed = send(HttpRequest.newBuilder(URI.create(LocalElasticsearch.shared().url() + "/"
                + NAME + "-alert-rules/_doc/" + ruleId)));
        assertThat(indexed.statusCode()).isEqualTo(200);
        assertThat(indexed.body()).doesNotContain(SECRET);
        assertThat(JSON.readTree(indexed.body()).at("/_source/webhookSecret").asString()).startsWith("A256GCM.");

        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            var partition = new org.apache.kafka.common.TopicPartition(topics.rules(), 0);
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> changes = new java.util.ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (ruleId.equals(record.key())) {
                        changes.add(new String(record.value(), StandardCharsets.UTF_8));
                    }
                });
            }
            assertThat(changes).isNotEmpty().allSatisfy(change -> assertThat(change).doesNotContain(SECRET)
                    .contains("\"webhookSecret\":\"A256GCM."));
        }
    }

    private ClaimExtracted extracted(String articleId, String text) {
        Claim claim = new Claim(articleId + "-c1", text, 1, 1 + text.length(), true, ClaimType.ADMISSION, null,
                new Speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON, "Iranian Foreign Minister", null),
                List.of("Iran", "Russia"), List.of("weapons"), 0.9, null);
        Instant now = Instant.now();
        return new ClaimExtracted(ClaimExtracted.SCHEMA_VERSION, articleId, 1, "https://example.org/" + articleId,
                "Iran admits sending drones", "example-news", "en", now, now, null, claim);
    }

    private void sendTracked(ClaimTracked tracked) {
        send(topics.trackedClaims(), tracked.key(), EventCodec.encode(tracked));
    }

    private void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        }
    }

    private String createRule(String json) throws Exception {
        HttpResponse<String> created = post("/api/alert-rules", json, API_KEY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private HttpResponse<String> post(String path, String json, String apiKey) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code path} until {@code done} holds; an error while an index is still being allocated is retried. */
    private JsonNode eventually(String path, Predicate<JsonNode> done) {
        return await().atMost(PATIENCE).ignoreExceptions().until(() -> getJson(path), done);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
