package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class LocalInfrastructureIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void kafkaBrokerCreatesTopicsAndDeliversRecords() throws Exception {
        String bootstrapServers = LocalKafka.shared().bootstrapServers();
        String topic = "local-infra-it-" + UUID.randomUUID();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            assertThat(admin.listTopics().names().get()).contains(topic);
        }
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "article-1", "hello")).get();
        }
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            assertThat(records).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("article-1", "hello"));
        }
    }

    @Test
    void kafkaBrokerRestartsOnTheSamePortWithItsRecordsAndCommittedOffsets() throws Exception {
        LocalKafka kafka = LocalKafka.shared();
        assumeTrue(kafka.isManaged(), "Kafka comes from " + LocalKafka.OVERRIDE);
        String bootstrapServers = kafka.bootstrapServers();
        String topic = "local-infra-restart-" + UUID.randomUUID();
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "before", "kept across restarts")).get();
        }
        assertThat(pollAll(bootstrapServers, topic, 1)).containsExactly("kept across restarts");

        kafka.stop();
        assertThat(KafkaBroker.servesRequests(Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1))))
                .isFalse();
        kafka.start();

        assertThat(kafka.bootstrapServers()).isEqualTo(bootstrapServers);
        // Ready means registered with its controller: a topic can be created at once, not only after a while.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic + "-created-at-once", 1, (short) 1))).all().get();
        }
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "after", "written after the restart")).get();
        }
        // The group committed past the first record before the restart: only the new one is delivered.
        assertThat(pollAll(bootstrapServers, topic, 1)).containsExactly("written after the restart");
    }

    /** Reads {@code expected} records in the topic's own group, committing them. */
    private static List<String> pollAll(String bootstrapServers, String topic, int expected) {
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
        }
        return values;
    }

    @Test
    void elasticsearchIndexesAndFindsDocuments() throws Exception {
        String index = "local-infra-it-" + UUID.randomUUID();
        String url = LocalElasticsearch.shared().url();

        assertThat(send("PUT", url + "/" + index + "/_doc/1?refresh=true", "{\"title\":\"drones\"}").statusCode())
                .isEqualTo(201);

        assertThat(countMatching(url, index, "drones")).contains("\"count\":1");
    }

    @Test
    void elasticsearchRestartsOnTheSamePortWithItsData() throws Exception {
        LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
        assumeTrue(elasticsearch.isManaged(), "Elasticsearch comes from " + LocalElasticsearch.OVERRIDE);
        String url = elasticsearch.url();
        String index = "local-infra-restart-" + UUID.randomUUID();
        send("PUT", url + "/" + index + "/_doc/1?refresh=true", "{\"title\":\"kept across restarts\"}");

        elasticsearch.stop();
        assertThat(ElasticsearchNode.isHealthy(url)).isFalse();
        elasticsearch.start();

        assertThat(elasticsearch.url()).isEqualTo(url);
        assertThat(countMatching(url, index, "restarts")).contains("\"count\":1");
    }

    private static String countMatching(String url, String index, String word) throws Exception {
        return send("POST", url + "/" + index + "/_count",
                "{\"query\":{\"match\":{\"title\":\"" + word + "\"}}}").body();
    }

    private static HttpResponse<String> send(String method, String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
