package com.claimwire.search.alerts;

import com.claimwire.search.config.KafkaNamespaceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The pure alerting core as beans, and the topics alerting writes. */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AlertsConfiguration.class);

    @Bean(destroyMethod = "close")
    RuleMatcher ruleMatcher() {
        return new RuleMatcher();
    }

    /** Seals webhook secrets; a key that is not base64 of 256 bits stops the service at startup. */
    @Bean
    SecretCipher webhookSecretCipher(AlertsProperties properties) {
        if (properties.usesDevelopmentSecretKey()) {
            log.warn("Webhook secrets are sealed with the public development key: set claimwire.search.alerts.secret-key "
                    + "(base64 of 32 random bytes, the same on every instance) for anything but a local run");
        }
        try {
            return SecretCipher.fromBase64(properties.secretKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("claimwire.search.alerts.secret-key is unusable: " + e.getMessage()
                    + "; it must be base64 of 32 random bytes, the same on every instance", e);
        }
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
    KafkaAdmin.NewTopics alertingTopics(AlertTopics topics, KafkaNamespaceProperties kafka) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(topics.trackedClaims()).partitions(kafka.partitions()).build(),
                TopicBuilder.name(topics.trackedClaimsDeadLetter()).partitions(1).build(),
                TopicBuilder.name(topics.rules()).partitions(1).compact().build(),
                TopicBuilder.name(topics.rulesDeadLetter()).partitions(1).build(),
                TopicBuilder.name(topics.alerts()).partitions(kafka.partitions()).build());
    }
}
