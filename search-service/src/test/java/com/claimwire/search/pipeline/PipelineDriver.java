package com.claimwire.search.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.EventCodec;
import com.claimwire.search.indexing.IndexedTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives a running search service from the outside, as its neighbours do: produces events to its input topics,
 * reads its dead-letter topics and consumer offsets, and calls its HTTP API.
 */
final class PipelineDriver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String bootstrapServers;
    private final int port;
    private final IndexedTopics topics;
    private final HttpClient http = HttpClient.newHttpClient();
    private final KafkaProducer<String, byte[]> producer;
    private final AdminClient admin;

    PipelineDriver(String bootstrapServers, int port, IndexedTopics topics) {
        this.bootstrapServers = bootstrapServers;
        this.port = port;
        this.topics = topics;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        this.admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * Points the service at the infrastructure with a namespace and index prefix of its own, and creates the input
     * topics with two partitions, so that ordering and offsets are per partition as in production.
     */
    static void useInfrastructure(DynamicPropertyRegistry registry, Supplier<String> bootstrapServers,
            Supplier<String> elasticsearchUrl) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.kafka.bootstrap-servers", bootstrapServers::get);
        registry.add("claimwire.search.elasticsearch.url", elasticsearchUrl::get);
        registry.add("claimwire.kafka.namespace", () -> name);
        registry.add("claimwire.search.index-prefix", () -> name);
        registry.add("claimwire.search.indexing.retry-max-interval", () -> "2s");
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get()))) {
            admin.createTopics(List.of(new NewTopic(name + ".claimwire.articles.enriched", 2, (short) 1),
                    new NewTopic(name + ".claimwire.claims", 2, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create the test topics", e);
        }
    }

    /** Publishes an article to the enriched topic and its claims to the claims topic, as the analysis service does. */
    void publish(TestArticles article) {
        ArticleAnalyzed analyzed = article.build();
        send(topics.enrichedArticles(), analyzed.id(), EventCodec.encode(analyzed));
        for (ClaimExtracted claim : article.claimEvents()) {
            send(topics.claims(), claim.key(), EventCodec.encode(claim));
        }
    }

    void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> request(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON answer of a GET that must succeed. */
    JsonNode get(String path) {
        try {
            HttpResponse<String> response = request(path);
            assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    /** Polls a search until it reports {@code total} hits. */
    JsonNode awaitTotal(String path, long total) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> get(path), response -> response.get("total").asLong() == total);
    }

    /** Waits until both indexers have committed every record on their topics: all of it is durable in the index. */
    void awaitConsumed(Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(250)).untilAsserted(this::assertConsumed);
    }

    void assertConsumed() throws Exception {
        for (var entry : Map.of(topics.articlesGroup(), topics.enrichedArticles(),
                topics.claimsGroup(), topics.claims()).entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(entry.getKey())
                    .partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(entry.getValue())).allTopicNames().get()
                    .get(entry.getValue()).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(entry.getValue(), p.partition()), OffsetSpec.latest()));
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                assertThat(offset == null ? 0 : offset.offset()).as("committed offset of %s", end.getKey())
                        .isEqualTo(end.getValue().offset());
            }
        }
    }

    /** Every record on {@code topic}, by offset. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Set<TopicPartition> done = new HashSet<>();
            while (done.size() < partitions.size()) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                partitions.stream().filter(p -> consumer.position(p) >= ends.get(p)).forEach(done::add);
            }
            records.sort(Comparator.comparingLong(ConsumerRecord::offset));
            return records;
        }
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
