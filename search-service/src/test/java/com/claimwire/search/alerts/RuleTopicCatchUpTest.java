package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.search.config.KafkaNamespaceProperties;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

class RuleTopicCatchUpTest {

    private static final TopicPartition RULES = new TopicPartition("claimwire.alerts.rules", 0);

    private final RuleMatcher matcher = new RuleMatcher();
    private final RuleTopicCatchUp gate = new RuleTopicCatchUp(matcher, new AlertTopics(kafkaNamespace()),
            new KafkaListenerEndpointRegistry());
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private final AtomicInteger endOffsetQueries = new AtomicInteger();

    @AfterEach
    void close() throws IOException {
        matcher.close();
    }

    @Test
    void anEmptyRuleTopicOpensTheGateAtTheFirstReport() {
        ends.put(RULES, 0L);
        positions.put(RULES, 0L);

        assertThat(report()).isTrue();
        assertThat(gate.isCaughtUp()).isTrue();
    }

    @Test
    void theGateStaysShutUntilTheRulesThatWereThereAtStartupAreRead() {
        ends.put(RULES, 10_000L);
        positions.put(RULES, 500L);

        assertThat(report()).isFalse();
        assertThat(gate.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        positions.put(RULES, 9_999L);
        assertThat(report()).isFalse();

        positions.put(RULES, 10_000L);
        assertThat(report()).isTrue();
        assertThat(gate.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void rulesWrittenAfterStartupDoNotHoldTheGateShut() {
        ends.put(RULES, 100L);
        positions.put(RULES, 0L);
        assertThat(report()).isFalse();

        ends.put(RULES, 5_000L);
        positions.put(RULES, 100L);

        assertThat(report()).isTrue();
        assertThat(endOffsetQueries).hasValue(1);
    }

    @Test
    void theGateOpensOnceAndNeverShutsAgain() {
        ends.put(RULES, 0L);
        positions.put(RULES, 0L);
        assertThat(report()).isTrue();

        assertThat(report()).as("already open: nothing to announce").isFalse();
        assertThat(gate.isCaughtUp()).isTrue();
    }

    @Test
    void aReaderWithoutItsPartitionYetIsNotCaughtUp() {
        assertThat(gate.observe(List.of(), partitions -> Map.of(), partition -> 0L)).isFalse();
        assertThat(gate.isCaughtUp()).isFalse();
    }

    private boolean report() {
        return gate.observe(List.of(RULES), partitions -> {
            endOffsetQueries.incrementAndGet();
            return Map.copyOf(ends);
        }, positions::get);
    }

    private static KafkaNamespaceProperties kafkaNamespace() {
        return new KafkaNamespaceProperties("", 1);
    }
}
