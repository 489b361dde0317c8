package com.claimwire.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.analysis.AnalysisApplication;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.FreePorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The analysis service's behaviour on a real broker: what goes in on the raw-articles topic and what comes out.
 * Subclasses say which broker; each test has its own topic namespace.
 */
abstract class AnalysisPipelineScenarios {

    // Generous: on a loaded 2-core machine one service start alone can take half a minute.
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String namespace = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private KafkaTestClient kafka;

    /** {@code host:port} of the broker the scenarios run against. */
    abstract String bootstrapServers();

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers());
    }

    @AfterEach
    void stopEverything() {
        services.forEach(ConfigurableApplicationContext::close);
        kafka.close();
    }

    @Test
    void seedArticleComesOutEnrichedWithOneEventPerClaim() throws Exception {
        ConfigurableApplicationContext service = startService(true);
        KafkaTestClient.TopicReader enriched = kafka.reader(Topics.ENRICHED_ARTICLES.qualifiedName(namespace));
        KafkaTestClient.TopicReader claims = kafka.reader(Topics.CLAIMS.qualifiedName(namespace));
        ArticleReceived seed = Articles.seedArticle();

        kafka.send(Topics.RAW_ARTICLES.qualifiedName(namespace), seed.id(), EventCodec.encode(seed));

        ConsumerRecord<String, byte[]> record = await().atMost(PATIENCE)
                .until(enriched::records, records -> !records.isEmpty()).get(0);
        ArticleAnalyzed article = EventCodec.decode(Topics.ENRICHED_ARTICLES, record.value());
        assertThat(record.key()).isEqualTo(seed.id());
        assertThat(article.id()).isEqualTo(seed.id());
        assertThat(article.body()).isEqualTo(seed.body());
        assertThat(article.claims()).isNotEmpty().allSatisfy(claim -> {
            assertThat(seed.body().substring(claim.start(), claim.end())).isEqualTo(claim.text());
            assertThat(claim.embedding()).as("vectors travel on the claims topic only").isNull();
        });
        assertThat(article.claims()).extracting(claim -> claim.speaker().name())
                .contains("Hossein Amir-Abdollahian");

        List<ConsumerRecord<String, byte[]>> claimRecords = await().atMost(PATIENCE)
                .until(claims::records, records -> records.size() >= article.claims().size());
        assertThat(claimRecords).hasSize(article.claims().size())
                .allSatisfy(claimRecord -> assertThat(claimRecord.key()).isEqualTo(seed.id()));
        List<ClaimExtracted> claimEvents = claimRecords.stream()
                .map(claimRecord -> EventCodec.decode(Topics.CLAIMS, claimRecord.value())).toList();
        assertThat(claimEvents).extracting(event -> event.claim().id())
                .containsExactlyInAnyOrderElementsOf(article.claims().stream().map(Claim::id).toList());
        assertThat(claimEvents).allSatisfy(event -> {
            assertThat(event.articleId()).isEqualTo(seed.id());
            assertThat(event.claim().embedding()).hasSize(384);
        });

        String metrics = get(service, "/actuator/prometheus").body();
        assertThat(metrics).contains("claimwire_analysis_articles_total")
                .contains("claimwire_analysis_claims_total").contains("claimwire_analysis_time_seconds_count")
                .contains("claimwire_analysis_cpu_seconds_count").contains("claimwire_analysis_fetch_wait_seconds_count")
                .contains("claimwire_analysis_queue_wait_seconds_count")
                .contains("claimwire_analysis_publish_wait_seconds_count");
    }

    @Test
    void readinessReflectsKafka() throws Exception {
        ConfigurableApplicationContext service = startService(false);

        HttpResponse<String> readiness = await().atMost(PATIENCE)
                .until(() -> get(service, "/actuator/health/readiness"), response -> response.statusCode() == 200);

        JsonNode kafkaHealth = EventCodec.mapper().readTree(readiness.body()).at("/components/kafka");
        assertThat(kafkaHealth.at("/status").asString()).isEqualTo("UP");
        assertThat(kafkaHealth.at("/details/clusterId").asString()).isNotBlank();
    }

    @Test
    void readinessIsDownWhileKafkaIsUnreachable() throws Exception {
        ConfigurableApplicationContext service = startService("127.0.0.1:" + FreePorts.next(), false);

        HttpResponse<String> readiness = get(service, "/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(EventCodec.mapper().readTree(readiness.body()).at("/components/kafka/status").asString())
                .isEqualTo("DOWN");
    }

    @Test
    void poisonRecordsGoToDeadLetterWithTheirReasonWhileTheNextArticleIsAnalysed() {
        startService(false);
        String raw = Topics.RAW_ARTICLES.qualifiedName(namespace);
        KafkaTestClient.TopicReader deadLetters = kafka.reader(Topics.RAW_ARTICLES.deadLetterName(namespace));
        KafkaTestClient.TopicReader enriched = kafka.reader(Topics.ENRICHED_ARTICLES.qualifiedName(namespace));
        ArticleReceived good = Articles.article("after-poison", "The minister said that the talks would resume.");
        String sharedKey = good.id();
        String unknownVersion = new String(EventCodec.encode(good), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":99");
        ArticleReceived withoutUrl = new ArticleReceived(1, "no-url", 1, null, null, "t", "body", null, null,
                null, List.of(), null, null, good.receivedAt());

        // One key, so one partition: the good article is behind the poison in the same queue.
        kafka.send(raw, sharedKey, "{not json".getBytes(StandardCharsets.UTF_8));
        kafka.send(raw, sharedKey, unknownVersion.getBytes(StandardCharsets.UTF_8));
        kafka.send(raw, sharedKey, EventCodec.encode(withoutUrl));
        kafka.send(raw, sharedKey, EventCodec.encode(good));

        List<ConsumerRecord<String, byte[]>> analysed = await().atMost(PATIENCE)
                .until(enriched::records, records -> !records.isEmpty());
        assertThat(analysed).extracting(ConsumerRecord::key).containsExactly(good.id());

        List<ConsumerRecord<String, byte[]>> dead = await().atMost(PATIENCE)
                .until(deadLetters::records, records -> records.size() >= 3);
        assertThat(dead).hasSize(3);
        assertThat(dead).extracting(record -> header(record, DeadLetterReason.HEADER)).satisfiesExactly(
                reason -> assertThat(reason).startsWith("not JSON"),
                reason -> assertThat(reason).contains("unknown schema version 99"),
                reason -> assertThat(reason).contains("url is missing"));
        assertThat(dead).allSatisfy(record -> {
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(raw);
            assertThat(record.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
            assertThat(record.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
        });
        assertThat(dead.get(0).value()).isEqualTo("{not json".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anArticleWhoseResultsOutgrowTheRecordLimitGoesToDeadLetterWhileTheNextIsAnalysed() {
        // A generous time budget: on a busy machine the engine would otherwise stop early with a partial result that
        // fits the limit, and the article would rightly be published instead.
        startService(bootstrapServers(), false, "--claimwire.kafka.max-message-size=64KB",
                "--claimwire.analysis.time-budget=5m");
        String raw = Topics.RAW_ARTICLES.qualifiedName(namespace);
        KafkaTestClient.TopicReader deadLetters = kafka.reader(Topics.RAW_ARTICLES.deadLetterName(namespace));
        KafkaTestClient.TopicReader enriched = kafka.reader(Topics.ENRICHED_ARTICLES.qualifiedName(namespace));
        // Every sentence is a claim, so the enriched article is many times the size of its 40 KB body.
        String body = "The minister said that the price of bread would rise again next week. ".repeat(570);
        ArticleReceived huge = Articles.article("huge", body);
        ArticleReceived next = Articles.article("next", "The mayor said that the bridge would reopen.");

        KafkaTestClient.TopicReader claims = kafka.reader(Topics.CLAIMS.qualifiedName(namespace));

        kafka.send(raw, "same-partition", EventCodec.encode(huge));
        kafka.send(raw, "same-partition", EventCodec.encode(next));

        List<ConsumerRecord<String, byte[]>> analysed = await().atMost(PATIENCE)
                .until(enriched::records, records -> !records.isEmpty());
        assertThat(analysed).extracting(ConsumerRecord::key).containsExactly("next");
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(PATIENCE)
                .until(deadLetters::records, records -> !records.isEmpty());
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(EventCodec.encode(huge));
        assertThat(header(dead.get(0), DeadLetterReason.HEADER))
                .matches("enriched article huge is [0-9.]+ KB, above the producer's max.request.size 64.0 KB");
        // Published whole or not at all: none of its claims went out, so a replay cannot send them twice.
        List<ConsumerRecord<String, byte[]>> claimRecords = await().atMost(PATIENCE)
                .until(claims::records, records -> !records.isEmpty());
        assertThat(claimRecords).extracting(record -> EventCodec.decode(Topics.CLAIMS, record.value()).articleId())
                .containsOnly("next");
    }

    @Test
    void anArticleLargerThanTheProducersLimitStillReachesTheDeadLetterTopicWhole() {
        String raw = Topics.RAW_ARTICLES.qualifiedName(namespace);
        KafkaTestClient.TopicReader deadLetters = kafka.reader(Topics.RAW_ARTICLES.deadLetterName(namespace));
        KafkaTestClient.TopicReader enriched = kafka.reader(Topics.ENRICHED_ARTICLES.qualifiedName(namespace));
        // Accepted by the broker (the topic's limit at the time) before the service started with a lower one.
        ArticleReceived larger = Articles.article("larger-than-limit",
                "The minister said that the price of bread would rise again next week. ".repeat(1500));
        ArticleReceived next = Articles.article("after-larger", "The mayor said that the bridge would reopen.");
        assertThat(EventCodec.encode(larger).length).isGreaterThan(64 * 1024);
        kafka.send(raw, "same-partition", EventCodec.encode(larger));
        kafka.send(raw, "same-partition", EventCodec.encode(next));

        startService(bootstrapServers(), false, "--claimwire.kafka.max-message-size=64KB");

        List<ConsumerRecord<String, byte[]>> analysed = await().atMost(PATIENCE)
                .until(enriched::records, records -> !records.isEmpty());
        assertThat(analysed).extracting(ConsumerRecord::key).containsExactly("after-larger");
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(PATIENCE)
                .until(deadLetters::records, records -> !records.isEmpty());
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(EventCodec.encode(larger));
        assertThat(header(dead.get(0), DeadLetterReason.HEADER))
                .contains("enriched article larger-than-limit is", "above the producer's max.request.size 64.0 KB");
    }

    @Test
    void restartResumesWhereItStoppedWithoutLosingOrRepeatingArticles() {
        String raw = Topics.RAW_ARTICLES.qualifiedName(namespace);
        KafkaTestClient.TopicReader enriched = kafka.reader(Topics.ENRICHED_ARTICLES.qualifiedName(namespace));
        ConfigurableApplicationContext first = startService(false);
        for (int i = 0; i < 5; i++) {
            ArticleReceived article = Articles.article("before-" + i, "Officials said that talks resumed on day " + i + ".");
            kafka.send(raw, article.id(), EventCodec.encode(article));
        }
        await().atMost(PATIENCE).until(enriched::records, records -> records.size() >= 5);

        first.close();
        for (int i = 0; i < 5; i++) {
            ArticleReceived article = Articles.article("while-down-" + i, "The ministry said that it had agreed " + i + ".");
            kafka.send(raw, article.id(), EventCodec.encode(article));
        }
        startService(false);

        List<ConsumerRecord<String, byte[]>> all = await().atMost(PATIENCE)
                .until(enriched::records, records -> records.size() >= 10);
        Map<String, Long> deliveries = all.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(deliveries.keySet()).containsExactlyInAnyOrder(
                "before-0", "before-1", "before-2", "before-3", "before-4",
                "while-down-0", "while-down-1", "while-down-2", "while-down-3", "while-down-4");
        // A clean stop commits what was done, so the restarted service does not analyse anything twice.
        assertThat(deliveries.values()).containsOnly(1L);
    }

    private ConfigurableApplicationContext startService(boolean embeddings) {
        return startService(bootstrapServers(), embeddings);
    }

    /** The service on its own port; arguments, because they take precedence over application.yml. */
    private ConfigurableApplicationContext startService(String bootstrapServers, boolean embeddings,
            String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.kafka.admin.operation-timeout=5s",
                "--claimwire.kafka.namespace=" + namespace,
                "--claimwire.analysis.embeddings.enabled=" + embeddings,
                "--server.port=0"));
        arguments.addAll(List.of(moreArguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AnalysisApplication.class)
                .run(arguments.toArray(String[]::new));
        services.add(context);
        return context;
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext service, String path) throws Exception {
        String port = service.getEnvironment().getProperty("local.server.port");
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
