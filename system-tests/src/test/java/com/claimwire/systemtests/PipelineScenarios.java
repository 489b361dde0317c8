package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.Distributions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The whole flow, ingest to search, with the services running as processes. Subclasses say which Kafka and
 * Elasticsearch; each test class gets its own topic namespace and index prefix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineScenarios {

    static final String SEED_SPEAKER = "Hossein Amir-Abdollahian";
    static final String DEAD_LETTER_REASON = "claimwire-dlt-reason";
    private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(3);

    private Infrastructure infrastructure;
    private Pipeline pipeline;

    /** The infrastructure of this variant, started. */
    abstract Infrastructure infrastructure();

    @BeforeAll
    void startPipeline() {
        infrastructure = infrastructure();
        pipeline = Pipeline.start(infrastructure, getClass());
    }

    @AfterAll
    void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void seedArticleClaimsBecomeSearchableWithTheirSpeaker() {
        String seedId = pipeline.post(TestArticles.seedArticle(Distributions.locate().repoDir())).get(0);

        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<JsonNode> seedClaims = hits(pipeline.searchClaims("drones")).stream()
                    .filter(hit -> seedId.equals(hit.path("articleId").asString()))
                    .toList();
            assertThat(seedClaims).isNotEmpty();
            assertThat(seedClaims).extracting(hit -> hit.path("speaker").path("name").asString())
                    .contains(SEED_SPEAKER);
        });
    }

    @Test
    void aMalformedRecordOnEachInputTopicGoesToItsDeadLetterTopicAndTheNextRecordIsProcessed() {
        String namespace = pipeline.namespace();
        List<Topic<?>> inputs = List.of(Topics.RAW_ARTICLES, Topics.ENRICHED_ARTICLES, Topics.CLAIMS);
        Map<String, String> poisonKeyByDeadLetterTopic = new LinkedHashMap<>();
        for (Topic<?> input : inputs) {
            poisonKeyByDeadLetterTopic.put(input.deadLetterName(namespace), "poison-" + input.name());
        }
        try (TopicProbe deadLetters = new TopicProbe(infrastructure.kafkaBootstrapServers(),
                poisonKeyByDeadLetterTopic.keySet())) {
            for (Topic<?> input : inputs) {
                TopicProbe.sendRaw(infrastructure.kafkaBootstrapServers(), input.qualifiedName(namespace),
                        "poison-" + input.name(), "{\"schemaVersion\": 1, \"truncated".getBytes(StandardCharsets.UTF_8));
            }
            String token = TestArticles.uniqueToken();
            String goodId = pipeline.post(TestArticles.quotedArticle(token)).get(0);

            await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Map<String, String> reasonByDeadLetterTopic = new LinkedHashMap<>();
                for (ConsumerRecord<String, byte[]> record : deadLetters.records()) {
                    if (record.key() != null && record.key().equals(poisonKeyByDeadLetterTopic.get(record.topic()))) {
                        reasonByDeadLetterTopic.put(record.topic(), reason(record));
                    }
                }
                assertThat(reasonByDeadLetterTopic).as("reasons of the dead letters")
                        .containsOnlyKeys(poisonKeyByDeadLetterTopic.keySet())
                        .allSatisfy((topic, reason) -> assertThat(reason).as("reason on %s", topic).isNotBlank());
            });
            await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(hits(pipeline.searchArticles(token))).extracting(hit -> hit.path("id").asString())
                        .containsExactly(goodId);
                assertThat(hits(pipeline.searchClaims(token))).extracting(hit -> hit.path("articleId").asString())
                        .isNotEmpty()
                        .containsOnly(goodId);
            });
        }
    }

    private static List<JsonNode> hits(JsonNode searchAnswer) {
        return StreamSupport.stream(searchAnswer.path("hits").spliterator(), false).toList();
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(DEAD_LETTER_REASON);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
