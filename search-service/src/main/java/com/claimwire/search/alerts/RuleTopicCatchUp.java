package com.claimwire.search.alerts;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.stereotype.Component;

/**
 * The gate before matching: an instance that matched claims before it had read every rule would miss the alerts of
 * the rules not yet read (lost for good, since the claims' offsets are committed). So the matching listener does not
 * start, and readiness ({@code alertRules}) stays out of service, until the rule-change listener has read the
 * compacted rule topic up to the end offsets it had when reading began. Later rule changes apply as they come.
 */
@Component("alertRulesHealthIndicator")
class RuleTopicCatchUp implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(RuleTopicCatchUp.class);

    private final RuleMatcher matcher;
    private final AlertTopics topics;
    private final KafkaListenerEndpointRegistry listeners;
    /** The end offsets when reading began; {@code null} until the rule listener first reports. */
    private Map<TopicPartition, Long> startEnds;
    private volatile boolean caughtUp;

    RuleTopicCatchUp(RuleMatcher matcher, AlertTopics topics, KafkaListenerEndpointRegistry listeners) {
        this.matcher = matcher;
        this.topics = topics;
        this.listeners = listeners;
    }

    /** Whether every rule on the topic when reading began has been read. */
    boolean isCaughtUp() {
        return caughtUp;
    }

    /** Called on the rule listener's thread after each batch it applied. */
    void observe(Consumer<?, ?> consumer) {
        if (!caughtUp && observe(consumer.assignment(), consumer::endOffsets, consumer::position)) {
            log.info("Read the alert rule topic to where it stood at startup ({} rules); matching claims now",
                    matcher.size());
            var matching = listeners.getListenerContainer(AlertMatching.LISTENER_ID);
            if (matching != null) {
                matching.start();
            }
        }
    }

    /**
     * Notes the reader's progress.
     *
     * @param assignment the rule-topic partitions being read
     * @param endOffsets their end offsets now, asked for once, when reading began
     * @param position the reader's position in a partition
     * @return {@code true} when this call found the reader caught up
     */
    synchronized boolean observe(Collection<TopicPartition> assignment,
            Function<Collection<TopicPartition>, Map<TopicPartition, Long>> endOffsets,
            ToLongFunction<TopicPartition> position) {
        if (caughtUp || assignment.isEmpty()) {
            return false;
        }
        if (startEnds == null) {
            startEnds = Map.copyOf(endOffsets.apply(assignment));
        }
        boolean reached = startEnds.entrySet().stream()
                .allMatch(end -> position.applyAsLong(end.getKey()) >= end.getValue());
        caughtUp = reached;
        return reached;
    }

    /** A rule topic without new records still reports, so that an empty or fully read topic opens the gate. */
    @EventListener
    void onIdle(ListenerContainerIdleEvent idle) {
        if (!caughtUp && idle.getTopicPartitions() != null
                && idle.getTopicPartitions().stream().anyMatch(partition -> partition.topic().equals(topics.rules()))) {
            observe(idle.getConsumer());
        }
    }

    @Override
    public Health health() {
        return caughtUp
                ? Health.up().withDetail("rules", matcher.size()).build()
                : Health.outOfService().withDetail("reading", topics.rules()).withDetail("rulesRead", matcher.size())
                        .build();
    }
}
