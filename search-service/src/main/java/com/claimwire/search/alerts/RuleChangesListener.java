package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertRuleChanged;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's matcher equal to the compacted rule topic: read from the beginning at every start (in this
 * instance's own group), then followed. A tombstone removes a rule. Reports its progress to {@link RuleTopicCatchUp},
 * which holds matching back until the rules that were on the topic at startup are all read. An unreadable record is
 * skipped here and dead-lettered once by {@link RuleDeadLetters}.
 */
@Component
class RuleChangesListener {

    static final String LISTENER_ID = "alert-rule-changes";

    private static final Logger log = LoggerFactory.getLogger(RuleChangesListener.class);

    private final RuleMatcher matcher;
    private final SecretCipher cipher;
    private final RuleTopicCatchUp catchUp;

    RuleChangesListener(RuleMatcher matcher, SecretCipher cipher, RuleTopicCatchUp catchUp) {
        this.matcher = matcher;
        this.cipher = cipher;
        this.catchUp = catchUp;
    }

    @KafkaListener(id = LISTENER_ID, groupId = "#{@alertTopics.instanceGroup('rules')}", batch = "true",
            topicPartitions = @TopicPartition(topic = "#{@alertTopics.rules()}",
                    partitionOffsets = @PartitionOffset(partition = "0", initialOffset = "0")),
            containerPostProcessor = "alertListenerRetries")
    void onChanges(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        apply(records);
        catchUp.observe(consumer);
    }

    void apply(List<ConsumerRecord<String, byte[]>> records) {
        // Only the latest change per rule in the batch matters; registering in bulk is much faster.
        Map<String, AlertRuleChanged> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                latest.remove(record.key());
                matcher.remove(record.key());
                continue;
            }
            try {
                latest.put(record.key(), EventCodec.decode(Topics.ALERT_RULES, record.value()));
            } catch (InvalidEventException e) {
                // Read again at every start: RuleDeadLetters dead-letters it, once.
                log.debug("Skipping unreadable rule change {}@{} for rule {}: {}", record.partition(), record.offset(),
                        record.key(), e.getMessage());
            }
        }
        List<AlertRule> rules = new ArrayList<>(latest.size());
        latest.values().forEach(changed -> rules.add(RuleDocument.ruleOf(changed, cipher)));
        try {
            matcher.putAll(rules);
        } catch (InvalidAlertRuleException batchRefused) {
            rules.forEach(this::putAlone);
        }
    }

    private void putAlone(AlertRule rule) {
        try {
            matcher.put(rule);
        } catch (InvalidAlertRuleException e) {
            log.warn("Rule {} cannot be matched and stays inactive: {}", rule.id(), e.getMessage());
        }
    }
}
