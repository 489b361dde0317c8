package com.claimwire.search.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.Topics;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.localinfra.LocalKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * Two instances' live feeds against a real broker: a claim tracked by either instance (published once on the
 * tracked-claims topic, whose partitions the instances' matching consumers share) reaches the feeds of both, in the
 * order published, and a feed shows only what was tracked after it started.
 */
class LiveFeedBroadcastIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final String topic = Topics.TRACKED_CLAIMS.qualifiedName(
            "it-feed-" + UUID.randomUUID().toString().substring(0, 8));
    private final List<ClaimTracked> firstInstance = new CopyOnWriteArrayList<>();
    private final List<ClaimTracked> secondInstance = new CopyOnWriteArrayList<>();
    private KafkaProducer<String, byte[]> producer;
    private TrackedClaimsBroadcast first;
    private TrackedClaimsBroadcast second;

    @BeforeEach
    void createTopicWithSeveralPartitions() throws Exception {
        String bootstrap = LocalKafka.shared().bootstrapServers();
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
        var consumers = new DefaultKafkaConsumerFactory<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                // The service's consumers carry a group id; the feed must neither join nor commit to it.
                ConsumerConfig.GROUP_ID_CONFIG, "claimwire-search-shared-group"),
                new StringDeserializer(), new ByteArrayDeserializer());
        first = new TrackedClaimsBroadcast(consumers, topic, firstInstance::add);
        second = new TrackedClaimsBroadcast(consumers, topic, secondInstance::add);
    }

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
        producer.close();
    }

    @Test
    void aClaimTrackedOnOneInstanceReachesTheLiveFeedOfBothInOrder() throws Exception {
        publish(tracked("claim-before", "article-before", TrackingStatus.NEW));

        first.start();
        second.start();
        await().atMost(PATIENCE).until(() -> first.isPositioned() && second.isPositioned());

        List<ClaimTracked> published = List.of(
                tracked("claim-denial", "article-friday", TrackingStatus.NEW),
                tracked("claim-allegation", "article-friday", TrackingStatus.DISPUTED),
                tracked("claim-admission", "article-saturday", TrackingStatus.REVERSAL));
        for (ClaimTracked claim : published) {
            publish(claim);
        }

        await().atMost(PATIENCE).until(() -> firstInstance.size() >= 3 && secondInstance.size() >= 3);
        for (List<ClaimTracked> feed : List.of(firstInstance, secondInstance)) {
            assertThat(feed).extracting(claim -> claim.extracted().claim().id())
                    .containsExactlyInAnyOrder("claim-denial", "claim-allegation", "claim-admission")
                    .doesNotContain("claim-before");
            // One article's claims share a key, hence a partition: they arrive as published.
            assertThat(feed).extracting(claim -> claim.extracted().claim().id())
                    .filteredOn(id -> !id.equals("claim-admission"))
                    .containsExactly("claim-denial", "claim-allegation");
            assertThat(feed).filteredOn(claim -> claim.extracted().claim().id().equals("claim-admission"))
                    .singleElement().extracting(ClaimTracked::status).isEqualTo(TrackingStatus.REVERSAL);
        }
    }

    private void publish(ClaimTracked tracked) throws Exception {
        producer.send(new ProducerRecord<>(topic, tracked.key(), EventCodec.encode(tracked))).get();
    }

    private static ClaimTracked tracked(String claimId, String articleId, TrackingStatus status) {
        Instant at = Instant.parse("2022-11-05T14:00:00Z");
        String text = "We provided Russia with a small number of drones";
        Claim claim = new Claim(claimId, text, 0, text.length(), true, ClaimType.ADMISSION, null,
                new Speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON, "Iranian Foreign Minister", null),
                List.of("Iran", "Russia"), List.of("weapons"), 0.9, null);
        ClaimExtracted extracted = new ClaimExtracted(ClaimExtracted.SCHEMA_VERSION, articleId, 1,
                "https://example.org/" + articleId, "Minister on drones", "example-news", "en", at, at, null, claim);
        return new ClaimTracked(ClaimTracked.SCHEMA_VERSION, extracted, status, claimId, at, "example-news", 1, 1,
                List.of());
    }
}
