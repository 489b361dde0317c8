package com.claimwire.search.alerts;

import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Dead-letters the unreadable records of the compacted rule topic, each once. The rule-change listener reads the
 * whole topic again at every start and in every instance, so it only skips them: dead-lettering there would write
 * the same dead letter at every start. This listener reads the topic in one group shared by all instances, whose
 * committed offsets say how far the topic has been checked: a record is looked at by one instance, and after its
 * dead letter is acknowledged its offset is committed, so no restart or rebalance looks at it again (a crash between
 * the two is the only way to a second copy, as everywhere offsets follow durable work).
 */
@Component
class RuleDeadLetters {

    static final String LISTENER_ID = "alert-rule-dead-letters";

    private static final Logger log = LoggerFactory.getLogger(RuleDeadLetters.class);

    private final DeadLetterPublishingRecoverer deadLetters;

    RuleDeadLetters(DeadLetterPublishingRecoverer deadLetters) {
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{@alertTopics.rules()}",
            groupId = "#{@alertTopics.ruleDeadLetterGroup()}", batch = "true",
            properties = "auto.offset.reset=earliest", containerPostProcessor = "alertListenerRetries")
    void onRuleChanges(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue;
            }
            try {
                EventCodec.decode(Topics.ALERT_RULES, record.value());
            } catch (InvalidEventException e) {
                log.warn("Dead-lettering unreadable rule change {}-{}@{} for rule {}: {}", record.topic(),
                        record.partition(), record.offset(), record.key(), e.getMessage());
                deadLetters.accept(record, e);
            }
        }
    }
}
