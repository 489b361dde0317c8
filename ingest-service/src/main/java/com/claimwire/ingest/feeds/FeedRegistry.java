package com.claimwire.ingest.feeds;

import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.FeedRegistered;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import com.claimwire.ingest.articles.IntakeUnavailableException;
import com.claimwire.ingest.publish.KafkaTopicProperties;
import com.claimwire.ingest.publish.TopicBackedState;
import com.claimwire.ingest.publish.TopicTailer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The registered feeds, kept in a compacted Kafka topic: every instance reads the whole topic at startup and
 * follows it, so registrations survive restarts and are shared, with no database. A deletion is a tombstone. An
 * unreadable record is skipped here and dead-lettered once by {@link FeedDeadLetters}.
 */
@Component("feedRegistry")
public class FeedRegistry extends TopicBackedState {

    private static final Logger log = LoggerFactory.getLogger(FeedRegistry.class);
    private static final long ACK_TIMEOUT_SECONDS = 30;
    private static final Duration WARMUP_TIMEOUT = Duration.ofSeconds(20);

    private final Map<String, FeedRegistered> feeds = new ConcurrentHashMap<>();
    private final KafkaTemplate<String, byte[]> kafka;
    private final String topic;
    private final TopicTailer tailer;

    FeedRegistry(KafkaTemplate<String, byte[]> kafka, KafkaProperties kafkaProperties, KafkaTopicProperties topics,
            KafkaAdmin admin) {
        this.kafka = kafka;
        this.topic = Topics.FEEDS.qualifiedName(topics.namespace());
        NewTopic feedsTopic = TopicBuilder.name(topic).partitions(1).replicas(topics.replicationFactor())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT).build();
        this.tailer = new TopicTailer(topic, kafkaProperties.buildConsumerProperties(), this::apply,
                () -> admin.createOrModifyTopics(feedsTopic));
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            feeds.remove(record.key());
            return;
        }
        try {
            FeedRegistered feed = EventCodec.decode(Topics.FEEDS, record.value());
            feeds.put(feed.id(), feed);
        } catch (InvalidEventException e) {
            // Read again at every start: FeedDeadLetters dead-letters it, once.
            log.debug("Skipping unreadable feed registration {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    /** Registers (or re-registers, replacing interval and tags) a feed, once Kafka has the record. */
    public FeedRegistered register(FeedRegistered feed) {
        awaitWarm();
        send(feed.id(), EventCodec.encode(feed));
        feeds.put(feed.id(), feed);
        return feed;
    }

    /** Deletes a feed; answers whether it was registered. */
    public boolean delete(String id) {
        awaitWarm();
        if (!feeds.containsKey(id)) {
            return false;
        }
        send(id, null);
        feeds.remove(id);
        return true;
    }

    /** The feed with this id, once the registry has been read from Kafka. */
    public Optional<FeedRegistered> find(String id) {
        awaitWarm();
        return Optional.ofNullable(feeds.get(id));
    }

    /** Every feed, once the registry has been read from Kafka. */
    public Collection<FeedRegistered> list() {
        awaitWarm();
        return all();
    }

    /** Every feed known now, without waiting for the registry to be read. */
    Collection<FeedRegistered> all() {
        return List.copyOf(feeds.values());
    }

    private void awaitWarm() {
        if (!tailer.awaitCaughtUp(WARMUP_TIMEOUT)) {
            throw new IntakeUnavailableException("ingest is still reading the feed registry from Kafka; retry shortly");
        }
    }

    private void send(String key, byte[] value) {
        try {
            kafka.send(topic, key, value).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IntakeUnavailableException("Kafka did not store the feed registration: " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException("interrupted while storing the feed registration");
        }
    }

    @Override
    protected TopicTailer tailer() {
        return tailer;
    }

    @Override
    protected String contentName() {
        return "feeds";
    }

    @Override
    protected int contentSize() {
        return feeds.size();
    }
}
