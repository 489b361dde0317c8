package com.claimwire.search.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka namespace this service reads from, and how it creates the topics it writes.
 *
 * @param namespace prefix of every topic and consumer group name; empty for none
 * @param partitions partitions of the topics this service writes and its instances share (tracked claims,
 *     alerts) when it creates them, or grows them to: the most instances that can share their work
 */
@ConfigurationProperties("claimwire.kafka")
public record KafkaNamespaceProperties(@DefaultValue("") String namespace, @DefaultValue("6") int partitions) {

    public KafkaNamespaceProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("claimwire.kafka.partitions must be at least 1");
        }
    }
}
