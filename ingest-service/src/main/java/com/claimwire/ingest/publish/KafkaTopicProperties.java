package com.claimwire.ingest.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how ingest's topics live on the broker.
 *
 * @param namespace prefix of every topic name, so that tests and tenants can share a broker; empty for none
 * @param partitions partitions of the raw-articles topic when ingest creates it (or grows it to): the most
 *     analysis-service consumers that can share the work
 * @param replicationFactor replicas of every topic ingest creates
 */
@ConfigurationProperties("claimwire.kafka")
public record KafkaTopicProperties(
        @DefaultValue("") String namespace,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor) {
}
