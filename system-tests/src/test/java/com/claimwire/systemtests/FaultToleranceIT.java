package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.ElasticsearchNode;
import com.claimwire.localinfra.KafkaBroker;
import com.claimwire.systemtests.ExactlyOnceLedger.WebhookCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Infrastructure faults during a run, against the real Kafka and Elasticsearch processes of local-infra. One
 * pipeline serves the whole class; every scenario ends with the exact count of {@link ExactlyOnceLedger} over
 * everything posted in the class so far, so a later fault also re-checks what earlier ones left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultToleranceIT {

    private static final Duration STEADY_INTERVAL = Duration.ofMillis(500);
    /** Two minutes of steady posting: a fault and the recovery from it take well under that on a quiet machine. */
    private static final int STEADY_LIMIT = 240;
    private static final Duration ELASTICSEARCH_OUTAGE = Duration.ofSeconds(30);
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(10);
    private static final int ARTICLES_AROUND_A_FAULT = 10;
    private static final int ARTICLES_DURING_A_BLOCK = 10;
    private static final byte[] POISON = "{\"schemaVersion\": 1, \"truncated".getBytes(StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Infrastructure infrastructure;
    private Pipeline pipeline;
    private ExactlyOnceLedger ledger;

    @BeforeAll
    void startPipeline() {
        infrastructure = Infrastructure.local();
        pipeline = Pipeline.start(infrastructure, getClass(),
                Map.of(ClaimwireService.SEARCH, WebhookReceiver.LOOPBACK_WEBHOOKS), Map.of());
        ledger = new ExactlyOnceLedger(pipeline, infrastructure);
        ledger.watchWithAlertRule();
    }

    @AfterAll
    void stopPipeline() {
        if (ledger != null) {
            ledger.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void everythingPostedAtASteadyRateWhileElasticsearchIsStoppedForThirtySecondsArrivesExactlyOnce() {
        assumeTrue(infrastructure.canInterruptElasticsearch(), "Elasticsearch cannot be stopped here");
        String elasticsearch = infrastructure.elasticsearchUrl();
        try (SteadyPoster poster = SteadyPoster.start(ledger, pipeline, STEADY_INTERVAL, STEADY_LIMIT)) {
            awaitMorePosted(ARTICLES_AROUND_A_FAULT);
            infrastructure.interruptElasticsearch();
            try {
                await().during(ELASTICSEARCH_OUTAGE).atMost(ELASTICSEARCH_OUTAGE.plusSeconds(30))
                        .until(() -> !ElasticsearchNode.isHealthy(elasticsearch));
            } finally {
                infrastructure.restoreElasticsearch();
            }
            awaitMorePosted(ARTICLES_AROUND_A_FAULT);
        }

        report("Elasticsearch stopped for " + ELASTICSEARCH_OUTAGE.toSeconds() + " s", exactCount());
    }

    @Test
    void everythingPostedAtASteadyRateWhileTheKafkaBrokerRestartsArrivesExactlyOnce() {
        assumeTrue(infrastructure.canRestartKafka(), "Kafka cannot be restarted here");
        String bootstrap = infrastructure.kafkaBootstrapServers();
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        try (SteadyPoster poster = SteadyPoster.start(ledger, pipeline, STEADY_INTERVAL, STEADY_LIMIT)) {
            awaitMorePosted(ARTICLES_AROUND_A_FAULT);
            infrastructure.stopKafka();
            try {
                await().during(KAFKA_OUTAGE).atMost(KAFKA_OUTAGE.plusSeconds(30))
                        .until(() -> !KafkaBroker.servesRequests(port));
            } finally {
                infrastructure.startKafka();
            }
            awaitMorePosted(ARTICLES_AROUND_A_FAULT);
            report("Kafka broker restart: posts refused or unanswered and retried", poster.refusals());
        }

        report("Kafka broker restarted", exactCount());
    }

    /**
     * A block on writes to the indices. Indexing must wait for its release with the offsets of what it has not stored
     * uncommitted, and dead-letter nothing. The block held here is the one an operator sets ({@code
     * index.blocks.write}); Elasticsearch's own flood-stage block ({@code read_only_allow_delete}) cannot be held by
     * a test, because Elasticsearch lifts it at its next disk check whoever set it (seen here within two seconds, with
     * the disk threshold disabled). Both refuse bulk items with a {@code cluster_block_exception}, 403 and 429, and
     * {@code BulkItemOutcomeTest} specifies that both are retried.
     */
    @Test
    void indexingWaitsOutAWriteBlockAndThenStoresEverythingExactlyOnceDroppingNothing() throws Exception {
        String namespace = pipeline.namespace();
        List<String> deadLetterTopics = List.of(Topics.ENRICHED_ARTICLES, Topics.CLAIMS, Topics.TRACKED_CLAIMS).stream()
                .map(topic -> topic.deadLetterName(namespace)).toList();
        String articlesGroup = namespace + ".claimwire-search." + Topics.ENRICHED_ARTICLES.name();
        Map<String, String> blocked;
        try (TopicProbe enriched = new TopicProbe(infrastructure.kafkaBootstrapServers(),
                List.of(Topics.ENRICHED_ARTICLES.qualifiedName(namespace)))) {
            setWriteBlock(namespace, true);
            try {
                int before = ledger.posted();
                for (int i = 0; i < ARTICLES_DURING_A_BLOCK; i++) {
                    ledger.post();
                }
                blocked = ledger.idsByToken().entrySet().stream().skip(before)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                await().atMost(ExactlyOnceLedger.CONVERGENCE_TIMEOUT).untilAsserted(() -> assertThat(
                        enriched.records().stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                        .as("blocked articles on the indexer's input").containsAll(blocked.values()));
                // Held back, not skipped: the indexer's group stays behind the articles it could not store.
                await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
                    Backlog backlog = backlog(articlesGroup, Topics.ENRICHED_ARTICLES.qualifiedName(namespace));
                    assertThat(backlog.uncommitted()).as("enriched articles not committed by the indexer (%s; %s)",
                            backlog, blockSettings(namespace)).isGreaterThanOrEqualTo(1);
                    assertThat(blocked.keySet()).allSatisfy(token -> assertThat(
                            pipeline.searchArticles(token).path("total").asLong()).as("hits while blocked").isZero());
                });
            } finally {
                setWriteBlock(namespace, false);
            }
        }

        report("Elasticsearch write block", exactCount());
        try (TopicProbe deadLetters = new TopicProbe(infrastructure.kafkaBootstrapServers(), deadLetterTopics)) {
            assertThat(deadLetters.recordsToTheEnd()).extracting(ConsumerRecord::key).as("dead letters of blocked articles")
                    .doesNotContainAnyElementsOf(blocked.values());
        }
    }

    /**
     * One undecodable record on each topic a service consumes record by record; each goes to its dead-letter topic
     * exactly once with a reason and the original topic, and the articles posted after them go all the way through.
     */
    @Test
    void aPoisonRecordOnEachConsumedTopicGoesToItsDeadLetterTopicOnceAndWhatFollowsIsProcessed() {
        String namespace = pipeline.namespace();
        List<Topic<?>> consumed = List.of(Topics.RAW_ARTICLES, Topics.ENRICHED_ARTICLES, Topics.CLAIMS,
                Topics.TRACKED_CLAIMS);
        Map<String, String> poisonKeyByDeadLetterTopic = new LinkedHashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        consumed.forEach(topic -> poisonKeyByDeadLetterTopic.put(topic.deadLetterName(namespace),
                "poison-" + run + "-" + topic.name()));
        try (TopicProbe deadLetters = new TopicProbe(infrastructure.kafkaBootstrapServers(),
                poisonKeyByDeadLetterTopic.keySet())) {
            for (Topic<?> topic : consumed) {
                TopicProbe.sendRaw(infrastructure.kafkaBootstrapServers(), topic.qualifiedName(namespace),
                        poisonKeyByDeadLetterTopic.get(topic.deadLetterName(namespace)), POISON);
            }
            for (int i = 0; i < ARTICLES_AROUND_A_FAULT; i++) {
                ledger.post();
            }

            report("poison records on " + consumed.size() + " topics", exactCount());
            // Dead-lettering a poison record and processing the articles after it are independent, so wait for both.
            await().atMost(ExactlyOnceLedger.CONVERGENCE_TIMEOUT).until(() -> deadLetters.recordsToTheEnd().stream()
                    .filter(record -> poisonKeyByDeadLetterTopic.containsValue(record.key())).count() >= consumed.size());
            List<ConsumerRecord<String, byte[]>> poisoned = deadLetters.recordsToTheEnd().stream()
                    .filter(record -> poisonKeyByDeadLetterTopic.containsValue(record.key())).toList();
            assertThat(poisoned).as("dead letters of the poison records").hasSize(consumed.size())
                    .allSatisfy(record -> {
                        assertThat(record.key()).isEqualTo(poisonKeyByDeadLetterTopic.get(record.topic()));
                        assertThat(header(record, "claimwire-dlt-reason")).as("reason on %s", record.topic())
                                .isNotBlank();
                        assertThat(header(record, "kafka_dlt-original-topic")).as("original topic on %s", record.topic())
                                .isEqualTo(record.topic().substring(0, record.topic().length() - ".dlt".length()));
                    });
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void awaitMorePosted(int more) {
        int target = ledger.posted() + more;
        await().atMost(ExactlyOnceLedger.CONVERGENCE_TIMEOUT).until(() -> ledger.posted() >= target);
    }

    /**
     * Sets or lifts {@code index.blocks.write} on every index of {@code namespace}. Returns once the cluster has
     * acknowledged the change, so that nothing posted afterwards can reach an unblocked index.
     */
    private void setWriteBlock(String namespace, boolean blocked) {
        String body = "{\"index.blocks.write\": " + (blocked ? "true" : "null") + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(infrastructure.elasticsearchUrl() + "/"
                        + namespace + "-*/_settings?expand_wildcards=all&timeout=60s&master_timeout=60s"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as("index settings answer: %s", response.body()).isEqualTo(200);
        assertThat(response.body()).as("index settings acknowledged").contains("\"acknowledged\":true");
        if (blocked) {
            assertThat(blockSettings(namespace)).as("blocks in place").contains("articles").contains("claims")
                    .doesNotContain("false");
        }
    }

    /** The write block of each index of {@code namespace}, as Elasticsearch reports it. */
    private String blockSettings(String namespace) {
        return send(HttpRequest.newBuilder(URI.create(infrastructure.elasticsearchUrl() + "/" + namespace
                + "-*/_settings/index.blocks.write?expand_wildcards=all&flat_settings=true"))
                .GET().build()).body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where a consumer group stands on a topic: the end and the committed offset of each partition. */
    private record Backlog(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {

        long uncommitted() {
            return ends.entrySet().stream()
                    .mapToLong(end -> end.getValue() - committed.getOrDefault(end.getKey(), 0L)).sum();
        }

        @Override
        public String toString() {
            return "end offsets " + ends + ", committed " + committed;
        }
    }

    private Backlog backlog(String group, String topic) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, Long> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = new TreeMap<>(Comparator.comparingInt(TopicPartition::partition));
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
            return new Backlog(ends, committed);
        }
    }

    /** The ledger's exact count; a webhook call cut short by a fault is made again, so at least once. */
    private ExactlyOnceLedger.Counts exactCount() {
        return ledger.assertEverythingExactlyOnce(WebhookCalls.AT_LEAST_ONCE);
    }

    private static void report(String fault, Object figures) {
        System.out.println("[faults] " + fault + ": " + figures);
    }
}
