package com.claimwire.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes raw records to topics and reads what arrives on them, from the beginning. */
final class TopicProbe implements AutoCloseable {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<String> topics;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    /** Follows {@code topics}. They are not created by following them: that is left to the services. */
    TopicProbe(String bootstrapServers, Collection<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "system-tests-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1_000),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.topics = List.copyOf(topics);
        consumer.subscribe(this.topics);
    }

    /** Everything that arrived so far, polling once more. */
    List<ConsumerRecord<String, byte[]>> records() {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /**
     * Everything on the followed topics up to their ends as of this call, polling until the probe has read that far:
     * a single poll may come back empty while the probe is still joining its group, and an absence seen then proves
     * nothing. Topics that do not exist yet hold nothing.
     */
    List<ConsumerRecord<String, byte[]>> recordsToTheEnd() {
        Set<TopicPartition> partitions = new HashSet<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, METADATA_TIMEOUT);
        await().atMost(CATCH_UP_TIMEOUT).until(() -> {
            records();
            return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || consumer.assignment().contains(end.getKey()) && consumer.position(end.getKey()) >= end.getValue());
        });
        return List.copyOf(seen);
    }

    /** Sends {@code value} as it is, bypassing every codec. */
    static void sendRaw(String bootstrapServers, String topic, String key, byte[] value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
