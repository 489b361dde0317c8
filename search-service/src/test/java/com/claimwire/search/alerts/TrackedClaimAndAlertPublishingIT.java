package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.AlertRaised;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.LocalKafka;
import com.claimwire.search.config.KafkaNamespaceProperties;
import com.claimwire.search.tracking.TrackingResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
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
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Records that can never be published, against a real broker: a tracked claim or an alert too large for the producer
 * or refused by the broker is handed back with the reason (for its input to be dead-lettered) instead of failing the
 * batch for ever, and the other records of the batch are published.
 */
class TrackedClaimAndAlertPublishingIT {

    /**
     * Topic limit: a small claim's events fit, a long one's do not. Above the producer's batch.size (16 KB), as any
     * real limit is: below it, the Kafka 4.1 producer splits a refused batch into batches as large again until the
     * delivery times out (KAFKA-8350), and a refusal looks like a broker that is away.
     */
    private static final int TOPIC_LIMIT = 24_000;
    private static final String LONG_TEXT = "drones ".repeat(6_000);

    private final String namespace = "it-unpub-" + UUID.randomUUID().toString().substring(0, 8);
    private final AlertTopics topics = new AlertTopics(new KafkaNamespaceProperties(namespace, 1));
    private final List<KafkaTemplate<String, byte[]>> templates = new ArrayList<>();

    @AfterEach
    void closeProducers() {
        templates.forEach(KafkaTemplate::destroy);
    }

    @Test
    void aTrackedClaimTheBrokerRefusesIsHandedBackAndTheOthersArePublished() throws Exception {
        createWithLimit(topics.trackedClaims());
        TrackedClaimPublisher publisher = new TrackedClaimPublisher(template(Integer.MAX_VALUE), topics);
        ClaimTracked small = TrackedClaims.claim().id("small").article("a1").build();
        ClaimTracked large = TrackedClaims.claim().id("large").article("a2").text(LONG_TEXT).build();

        var unpublishable = publisher.publish(List.of(small.extracted(), large.extracted()),
                List.of(resultOf(small), resultOf(large)));

        assertThat(unpublishable).singleElement().satisfies(refused -> {
            assertThat(refused.index()).isEqualTo(1);
            assertThat(refused.reason()).contains("tracked claim large", "RecordTooLargeException");
        });
        assertThat(keysOn(topics.trackedClaims(), 1)).containsExactly("a1");
    }

    @Test
    void aTrackedClaimAboveTheProducersLimitIsHandedBackWithoutBeingSent() throws Exception {
        createWithLimit(topics.trackedClaims());
        TrackedClaimPublisher publisher = new TrackedClaimPublisher(template(TOPIC_LIMIT), topics);
        ClaimTracked large = TrackedClaims.claim().id("large").article("a2").text(LONG_TEXT).build();
        ClaimTracked small = TrackedClaims.claim().id("small").article("a1").build();

        var unpublishable = publisher.publish(List.of(large.extracted(), small.extracted()),
                List.of(resultOf(large), resultOf(small)));

        assertThat(unpublishable).singleElement().satisfies(refused -> {
            assertThat(refused.index()).isZero();
            assertThat(refused.reason()).contains("tracked claim large", "above the producer's max.request.size");
        });
        assertThat(keysOn(topics.trackedClaims(), 1)).containsExactly("a1");
    }

    @Test
    void theAlertsOfAClaimThatCannotBePublishedAreHandedBackWholeAndOtherClaimsAlertsArePublished() throws Exception {
        createWithLimit(topics.alerts());
        var matching = new AlertMatching(new RuleMatcher(), null, null, template(TOPIC_LIMIT), topics, null,
                new SimpleMeterRegistry());
        ClaimTracked large = TrackedClaims.claim().id("large").article("a2").text(LONG_TEXT).build();
        ClaimTracked small = TrackedClaims.claim().id("small").article("a1").build();
        Instant now = Instant.parse("2022-11-05T14:00:00Z");
        List<AlertRaised> raised = List.of(
                new AlertRaised(AlertRaised.SCHEMA_VERSION, "alert-1", "rule-1", "drones", now, now, large),
                new AlertRaised(AlertRaised.SCHEMA_VERSION, "alert-2", "rule-2", "all", now, now, small),
                new AlertRaised(AlertRaised.SCHEMA_VERSION, "alert-3", "rule-2", "all", now, now, large));

        Map<String, String> unpublishable = matching.publish(raised);

        assertThat(unpublishable).containsOnlyKeys("large");
        assertThat(unpublishable.get("large")).contains("alert alert-1 of rule rule-1",
                "above the producer's max.request.size");
        assertThat(keysOn(topics.alerts(), 1)).containsExactly("rule-2");
    }

    private void createWithLimit(String topic) throws Exception {
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalKafka.shared().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(TOPIC_LIMIT))))).all().get();
        }
    }

    private KafkaTemplate<String, byte[]> template(int maxRequestSize) {
        var template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        templates.add(template);
        return template;
    }

    private static List<String> keysOn(String topic, int expected) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> keys = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (keys.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(record.key());
                }
            }
            // Whatever else was sent would be on the topic by now: the publishers waited for every acknowledgement.
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> keys.add(record.key()));
            return keys;
        }
    }

    private static TrackingResult resultOf(ClaimTracked tracked) {
        return new TrackingResult(tracked.extracted().claim().id(), tracked.status(), tracked.clusterId(),
                tracked.firstSeenAt(), tracked.firstSource(), tracked.reports(), tracked.outlets(),
                tracked.opposingClaimIds());
    }
}
