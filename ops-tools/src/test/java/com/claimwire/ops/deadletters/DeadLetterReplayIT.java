package com.claimwire.ops.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.LocalKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The replay against a real broker: what it republishes, what it strips, and that it remembers. */
class DeadLetterReplayIT {

    private final String bootstrapServers = LocalKafka.shared().bootstrapServers();
    private final String namespace = "replay-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String original = Topics.RAW_ARTICLES.qualifiedName(namespace);
    private final String deadLetters = Topics.RAW_ARTICLES.deadLetterName(namespace);

    @Test
    void aDryRunListsTheDeadLettersWithTheirReasonsAndChangesNothing() throws Exception {
        createTopics();
        deadLetter("article-1", "results too large to publish: 70000 bytes");

        String listed = replay(true);

        assertThat(listed).contains("key=article-1").contains("-> " + original)
                .contains("reason: results too large to publish: 70000 bytes").contains("dry run");
        assertThat(replay(false)).as("a real run afterwards still finds it").contains("key=article-1");
        assertThat(recordsOf(original)).extracting(ConsumerRecord::key).containsExactly("article-1");
    }

    @Test
    void deadLettersGoBackToTheirTopicWithoutTheDeadLetterHeadersOnceEvenWhenReplayedTwice() throws Exception {
        createTopics();
        deadLetter("article-1", "first reason");
        deadLetter("article-2", "second reason");

        String first = replay(false);
        String second = replay(false);
        deadLetter("article-3", "dead-lettered after the first replays");
        String third = replay(false);

        assertThat(first).contains("key=article-1").contains("key=article-2").contains("Replayed 2");
        assertThat(second).contains("Replayed 0");
        assertThat(third).contains("key=article-3").doesNotContain("key=article-1").contains("Replayed 1");
        List<ConsumerRecord<String, byte[]>> replayed = recordsOf(original);
        assertThat(replayed).extracting(ConsumerRecord::key).containsExactly("article-1", "article-2", "article-3");
        assertThat(replayed).allSatisfy(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"body\": \"" + record.key() + "\"}");
            assertThat(record.headers().toArray()).extracting(Header::key).containsExactly("traceparent");
        });
    }

    private String replay(boolean dryRun) throws Exception {
        ReplayOptions options = new ReplayOptions(Topics.RAW_ARTICLES, namespace, bootstrapServers, dryRun);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new DeadLetterReplay(options, new PrintStream(printed, true, StandardCharsets.UTF_8)).replay();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(original, 3, (short) 1), new NewTopic(deadLetters, 1, (short) 1)))
                    .all().get();
        }
    }

    /** A dead letter as the services' Spring Kafka recoverers write it. */
    private void deadLetter(String key, String reason) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-trace-span-01".getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetter.ORIGINAL_TOPIC, original.getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetter.ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(1).array());
        headers.add(DeadLetter.ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(42).array());
        headers.add(DeadLetter.REASON, reason.getBytes(StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(deadLetters, null, key,
                    ("{\"body\": \"" + key + "\"}").getBytes(StandardCharsets.UTF_8), headers)).get();
        }
    }

    /** Everything on {@code topic}, read until nothing more comes, in key order. */
    private List<ConsumerRecord<String, byte[]>> recordsOf(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "replay-it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int emptyPolls = 0;
            while (System.nanoTime() < deadline && (records.isEmpty() || emptyPolls < 3)) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                emptyPolls = records.size() == before ? emptyPolls + 1 : 0;
            }
        }
        records.sort(java.util.Comparator.comparing(ConsumerRecord::key));
        return records;
    }
}
