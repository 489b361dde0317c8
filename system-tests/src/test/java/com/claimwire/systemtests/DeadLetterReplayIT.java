package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.Distributions;
import com.claimwire.localinfra.FreePorts;
import com.claimwire.localinfra.ServiceProcess;
import com.claimwire.localinfra.ServiceSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dead-letter topic replayed after the cause is fixed: analysis runs with a producer limit its results for one
 * article outgrow; that article's raw record is dead-lettered with the reason while the next one goes through; with
 * the limit back to its default, {@code replay-dlt} makes the article searchable exactly once, and a second replay
 * republishes nothing.
 */
class DeadLetterReplayIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Well above the raw article posted (about 12 KB), well below what analysing its claims produces. */
    private static final String LOW_LIMIT = "48KB";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void articleDeadLetteredForTheProducersLimitIsSearchableExactlyOnceAfterTheLimitIsRaisedAndTheTopicReplayed()
            throws Exception {
        Infrastructure infrastructure = Infrastructure.local();
        Map<ClaimwireService, Map<String, String>> lowLimit = Map.of(ClaimwireService.ANALYSIS,
                Map.of("CLAIMWIRE_KAFKA_MAX_MESSAGE_SIZE", LOW_LIMIT));
        ServiceProcess fixedAnalysis = null;
        try (Pipeline pipeline = Pipeline.start(infrastructure, DeadLetterReplayIT.class, lowLimit, Map.of())) {
            String namespace = pipeline.namespace();
            String bigToken = TestArticles.uniqueToken();
            String nextToken = TestArticles.uniqueToken();
            String bigId = pipeline.post(articleWithManyClaims(bigToken)).get(0);
            String nextId = pipeline.post(TestArticles.quotedArticle(nextToken)).get(0);

            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(articleIds(pipeline.searchArticles(nextToken))).containsExactly(nextId));
            List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(PATIENCE).until(
                    () -> records(infrastructure, Topics.RAW_ARTICLES.deadLetterName(namespace)),
                    records -> !records.isEmpty());
            assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
                assertThat(deadLetter.key()).isEqualTo(bigId);
                assertThat(header(deadLetter, "claimwire-dlt-reason")).matches(
                        "enriched article " + bigId + " is [0-9.]+ (KB|MB), above the producer's max.request.size 48.0 KB");
                assertThat(header(deadLetter, "kafka_dlt-original-topic"))
                        .isEqualTo(Topics.RAW_ARTICLES.qualifiedName(namespace));
            });
            assertThat(articleIds(pipeline.searchArticles(bigToken))).isEmpty();

            // The fix: analysis back with its default limit (and the topic limits that follow it).
            pipeline.instance(ClaimwireService.ANALYSIS).stop();
            fixedAnalysis = startAnalysisWithDefaultLimit(infrastructure, namespace);

            assertThat(replay(infrastructure, namespace)).isZero();
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(articleIds(pipeline.searchArticles(bigToken))).containsExactly(bigId));

            long rawRecords = endOffsets(infrastructure, Topics.RAW_ARTICLES.qualifiedName(namespace));
            assertThat(replay(infrastructure, namespace)).isZero();
            assertThat(endOffsets(infrastructure, Topics.RAW_ARTICLES.qualifiedName(namespace)))
                    .as("raw records after a second replay").isEqualTo(rawRecords);

            // Published once, whole: one enriched article, each of its claims once, nothing from the refused attempt.
            List<ConsumerRecord<String, byte[]>> enriched = records(infrastructure,
                    Topics.ENRICHED_ARTICLES.qualifiedName(namespace));
            assertThat(enriched).filteredOn(record -> bigId.equals(record.key())).hasSize(1);
            List<String> claimIds = records(infrastructure, Topics.CLAIMS.qualifiedName(namespace)).stream()
                    .map(record -> EventCodec.decode(Topics.CLAIMS, record.value()))
                    .filter(claim -> bigId.equals(claim.articleId()))
                    .map(claim -> claim.claim().id()).toList();
            assertThat(claimIds).isNotEmpty().doesNotHaveDuplicates();
            assertThat(articleIds(pipeline.searchArticles(bigToken))).containsExactly(bigId);
            assertThat(articleIds(pipeline.searchArticles(nextToken))).containsExactly(nextId);
        } finally {
            if (fixedAnalysis != null) {
                fixedAnalysis.stop();
            }
        }
    }

    /** A short article (its raw record fits the low limit) in which every sentence is a claim. */
    private static String articleWithManyClaims(String token) {
        ObjectNode article = (ObjectNode) JSON.readTree(TestArticles.quotedArticle(token));
        String claims = String.join(" ", IntStream.rangeClosed(1, 120).mapToObj(i ->
                "The minister said that the price of " + token + " bread would rise by " + i + " cents in week "
                        + (i + 7) + ".").toList());
        article.put("body", article.path("body").asString() + "\n\n" + claims);
        assertThat(article.toString().length()).isLessThan(24 * 1024);
        return article.toString();
    }

    private static ServiceProcess startAnalysisWithDefaultLimit(Infrastructure infrastructure, String namespace) {
        Distributions distributions = Distributions.locate();
        Map<String, String> environment = new HashMap<>(Map.of(
                ServiceSettings.KAFKA_NAMESPACE, namespace,
                ServiceSettings.INDEX_PREFIX, namespace));
        ServiceSettings settings = new ServiceSettings(FreePorts.next(), infrastructure.kafkaBootstrapServers(),
                infrastructure.elasticsearchUrl(), environment);
        Path log = distributions.repoDir().resolve("system-tests").resolve("target").resolve("service-logs")
                .resolve(namespace).resolve("analysis-service-default-limit.log");
        return ServiceProcess.start(distributions, ClaimwireService.ANALYSIS, settings, log, false)
                .awaitReady(ServiceProcess.READY_TIMEOUT);
    }

    /**
     * {@code ./claimwire replay-dlt --topic claimwire.articles.raw}: the ops-tools jar the launcher runs, as a process;
     * answers its exit code and prints what it said.
     */
    private static int replay(Infrastructure infrastructure, String namespace) throws Exception {
        Path jar = Distributions.locate().repoDir().resolve("ops-tools").resolve("target")
                .resolve("ops-tools-" + Distributions.projectVersion() + ".jar");
        assertThat(jar).as("ops-tools jar (mvn -pl ops-tools package)").exists();
        Process replay = new ProcessBuilder(Distributions.javaExecutable().toString(), "-jar", jar.toString(),
                "replay-dlt", "--topic", Topics.RAW_ARTICLES.name(), "--namespace", namespace,
                "--bootstrap-servers", infrastructure.kafkaBootstrapServers())
                .redirectErrorStream(true).start();
        String output = new String(replay.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(replay.waitFor(2, TimeUnit.MINUTES)).as("replay-dlt finished").isTrue();
        System.out.print("DeadLetterReplayIT: replay-dlt said:\n" + output);
        return replay.exitValue();
    }

    private static List<String> articleIds(JsonNode searchAnswer) {
        return StreamSupport.stream(searchAnswer.path("hits").spliterator(), false)
                .map(hit -> hit.path("id").asString()).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Everything on {@code topic} now, from its beginning (nothing when it does not exist yet). */
    private static List<ConsumerRecord<String, byte[]>> records(Infrastructure infrastructure, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(infrastructure)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static long endOffsets(Infrastructure infrastructure, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(infrastructure)) {
            return consumer.endOffsets(partitions(consumer, topic)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static KafkaConsumer<String, byte[]> consumer(Infrastructure infrastructure) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-replay-it-" + UUID.randomUUID(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
