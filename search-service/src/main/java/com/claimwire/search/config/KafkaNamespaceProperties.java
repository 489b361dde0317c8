package com.claimwire.search.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka namespace this service reads from.
 *
 * @param namespace prefix of every topic and consumer group name; empty for none
 */
@ConfigurationProperties("claimwire.kafka")
public record KafkaNamespaceProperties(@DefaultValue("") String namespace) {
}
