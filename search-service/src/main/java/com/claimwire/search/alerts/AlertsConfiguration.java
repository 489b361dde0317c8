package com.claimwire.search.alerts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The pure alerting core as beans, and the topics alerting writes. */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    @Bean(destroyMethod = "close")
    RuleMatcher ruleMatcher() {
        return new RuleMatcher();
    }

    @Bean
    AlertWindow alertWindow(AlertsProperties properties) {
        return new AlertWindow(properties.dedupWindow());
    }

    /** Replaced by a shared implementation of the service's SSRF guard when one is defined as a bean. */
    @Bean
    @ConditionalOnMissingBean
    WebhookTargetPolicy webhookTargetPolicy(AlertsProperties properties) {
        return new PublicAddressesOnly(properties.webhooks().allowed());
    }

    @Bean
    KafkaAdmin.NewTopics alertingTopics(AlertTopics topics) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(topics.trackedClaims()).partitions(3).build(),
                TopicBuilder.name(topics.trackedClaimsDeadLetter()).partitions(1).build(),
                TopicBuilder.name(topics.rules()).partitions(1).compact().build(),
                TopicBuilder.name(topics.alerts()).partitions(3).build());
    }
}
