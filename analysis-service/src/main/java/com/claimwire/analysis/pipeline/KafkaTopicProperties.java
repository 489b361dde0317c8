package com.claimwire.analysis.pipeline;

import com.claimwire.contracts.Topic;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the analysis service's topics live. The broker itself is {@code spring.kafka.bootstrap-servers}.
 *
 * @param namespace prefix of every topic name, so that tests and tenants can share a broker; empty for none
 * @param partitions partitions of the topics this service creates at startup (or grows to this many when they
 *     have fewer): the most consumers of one group that can share the work, e.g. two instances with
 *     {@code claimwire.analysis.concurrency} 2 use 4 of the default 6
 * @param healthTimeout how long the readiness check waits for the broker before reporting it down
 * @param maxMessageSize largest record this service writes (the producer's limit, and the topic limit of the
 *     topics it creates): an enriched article carries its body, claims and their vectors, so it outgrows the raw one
 * @param deadLetterMaxMessageSize largest dead letter this service writes (its dead-letter producer's limit, and the
 *     dead-letter topic's): a dead letter is the raw record the broker already took plus the reason headers, and it
 *     must be written even when {@code maxMessageSize} is what refused the article's results; the larger of the two
 *     applies
 */
@ConfigurationProperties("claimwire.kafka")
public record KafkaTopicProperties(
        @DefaultValue("") String namespace,
        @DefaultValue("6") int partitions,
        @DefaultValue("2s") Duration healthTimeout,
        @DefaultValue("8MB") DataSize maxMessageSize,
        @DefaultValue("16MB") DataSize deadLetterMaxMessageSize) {

    public KafkaTopicProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("claimwire.kafka.partitions must be at least 1");
        }
    }

    /** The limit of dead letters: never below the limit of the records they stand for. */
    int deadLetterLimit() {
        return (int) Math.max(maxMessageSize.toBytes(), deadLetterMaxMessageSize.toBytes());
    }

    /** The full name of {@code topic} in this namespace. */
    String nameOf(Topic<?> topic) {
        return topic.qualifiedName(namespace);
    }

    /** The dead-letter topic of {@code topic} in this namespace. */
    String deadLetterNameOf(Topic<?> topic) {
        return topic.deadLetterName(namespace);
    }

    /** {@code name} in this namespace, for names that are not topics (consumer groups). */
    String qualify(String name) {
        return namespace.isBlank() ? name : namespace + "." + name;
    }
}
