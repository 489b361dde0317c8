package com.claimwire.ingest.feeds;

import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import com.claimwire.ingest.publish.KafkaTopicProperties;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Dead-letters the unreadable records of the compacted feed registry topic, each once. The registry reads the whole
 * topic again at every start and in every instance, so it only skips them: dead-lettering there would write the same
 * dead letter at every start. This listener reads the topic in one group shared by all instances, whose committed
 * offsets say how far the topic has been checked: a record is looked at by one instance, and after its dead letter is
 * acknowledged its offset is committed, so no restart or rebalance looks at it again (a crash between the two is the
 * only way to a second copy, as everywhere offsets follow durable work). A dead letter the broker does not take is
 * tried again until it does ({@link FeedDeadLetterRetries}), never skipped.
 */
@Component
class FeedDeadLetters {

    /** The header that says why a record was dead-lettered. */
    static final String REASON_HEADER = "claimwire-dlt-reason";

    private static final Logger log = LoggerFactory.getLogger(FeedDeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final KafkaAdmin admin;
    private final String topic;
    private final String group;
    private final NewTopic deadLetterTopic;
    private volatile boolean deadLetterTopicReady;

    FeedDeadLetters(KafkaTemplate<String, byte[]> kafka, KafkaAdmin admin, KafkaTopicProperties topics) {
        this.admin = admin;
        this.topic = Topics.FEEDS.qualifiedName(topics.namespace());
        String sharedGroup = "claimwire-ingest.feed-dead-letters";
        this.group = topics.namespace().isBlank() ? sharedGroup : topics.namespace() + "." + sharedGroup;
        this.deadLetterTopic = TopicBuilder.name(Topics.FEEDS.deadLetterName(topics.namespace())).partitions(1)
                .replicas(topics.replicationFactor()).build();
        this.recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(deadLetterTopic.name(), -1));
        recoverer.addHeadersFunction((record, failure) -> new RecordHeaders().add(REASON_HEADER,
                String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The feed registry topic. */
    public String topic() {
        return topic;
    }

    /** The group shared by every ingest instance, namespaced like the topics. */
    public String group() {
        return group;
    }

    @KafkaListener(id = "feed-dead-letters", topics = "#{__listener.topic()}", groupId = "#{__listener.group()}",
            properties = "auto.offset.reset=earliest", containerPostProcessor = "feedDeadLetterRetries")
    void onFeedRecord(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            EventCodec.decode(Topics.FEEDS, record.value());
        } catch (InvalidEventException e) {
            log.warn("Dead-lettering unreadable feed registration {}-{}@{} for feed {}: {}", record.topic(),
                    record.partition(), record.offset(), record.key(), e.getMessage());
            ensureDeadLetterTopic();
            recoverer.accept(record, e);
        }
    }

    private void ensureDeadLetterTopic() {
        if (!deadLetterTopicReady) {
            admin.createOrModifyTopics(deadLetterTopic);
            deadLetterTopicReady = true;
        }
    }
}
