package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import com.claimwire.search.SearchApplication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The alert rule topic is compacted and read from its beginning by every instance at every start, yet an unreadable
 * rule change on it is dead-lettered once, with the reason, however often the service restarts.
 */
class RuleDeadLetterIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final String namespace = "it-rules-dlt-" + UUID.randomUUID().toString().substring(0, 8);
    private final String topic = Topics.ALERT_RULES.qualifiedName(namespace);
    private final String deadLetterTopic = Topics.ALERT_RULES.deadLetterName(namespace);

    @Test
    void anUnreadableRuleChangeIsDeadLetteredOnceAcrossRestarts() throws Exception {
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalKafka.shared().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        }
        send("rule-broken-1", "not a rule change");
        try (ConfigurableApplicationContext first = startSearch()) {
            await().atMost(PATIENCE).until(() -> deadLetters().size() == 1);
        }

        send("rule-broken-2", "{\"schemaVersion\": 99}");
        try (ConfigurableApplicationContext restarted = startSearch()) {
            // The restart checks what came since, and only that: the first record is not dead-lettered again.
            await().atMost(PATIENCE).until(() -> deadLetters().size() >= 2);
            await().during(Duration.ofSeconds(5)).atMost(PATIENCE).until(() -> deadLetters().size() == 2);
        }

        List<ConsumerRecord<String, byte[]>> deadLetters = deadLetters();
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactly("rule-broken-1", "rule-broken-2");
        assertThat(header(deadLetters.get(0), "claimwire-dlt-reason")).isNotBlank();
        assertThat(header(deadLetters.get(0), "kafka_dlt-original-topic")).isEqualTo(topic);
        assertThat(new String(deadLetters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not a rule change");
    }

    private ConfigurableApplicationContext startSearch() {
        return new SpringApplicationBuilder(SearchApplication.class).run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + LocalKafka.shared().bootstrapServers(),
                "--claimwire.search.elasticsearch.url=" + LocalElasticsearch.shared().url(),
                "--claimwire.kafka.namespace=" + namespace, "--claimwire.search.index-prefix=" + namespace);
    }

    private void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    /** Everything on the dead-letter topic now. */
    private List<ConsumerRecord<String, byte[]>> deadLetters() {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            if (consumer.partitionsFor(deadLetterTopic).isEmpty()) {
                return List.of();
            }
            var partition = new TopicPartition(deadLetterTopic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
