package com.claimwire.search.alerts;

import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import com.claimwire.search.config.KafkaNamespaceProperties;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The topics and consumer groups of alerting in this service's Kafka namespace. */
@Component("alertTopics")
class AlertTopics {

    private final String namespace;
    private final String instance = UUID.randomUUID().toString();

    AlertTopics(KafkaNamespaceProperties kafka) {
        this.namespace = kafka.namespace();
    }

    String name(Topic<?> topic) {
        return topic.qualifiedName(namespace);
    }

    public String trackedClaims() {
        return name(Topics.TRACKED_CLAIMS);
    }

    public String trackedClaimsDeadLetter() {
        return Topics.TRACKED_CLAIMS.deadLetterName(namespace);
    }

    public String rules() {
        return name(Topics.ALERT_RULES);
    }

    public String alerts() {
        return name(Topics.ALERTS);
    }

    /** Shared by all instances: each tracked claim is matched by one of them. */
    public String matchingGroup() {
        return group("claimwire-search.alert-matching");
    }

    /** Shared by all instances: each alert is POSTed to its webhook by one of them. */
    public String webhookGroup() {
        return group("claimwire-search.alert-webhooks");
    }

    /** Shared by all instances: how far the rule topic has been checked for unreadable records to dead-letter. */
    public String ruleDeadLetterGroup() {
        return group("claimwire-search.alert-rule-dead-letters");
    }

    public String rulesDeadLetter() {
        return Topics.ALERT_RULES.deadLetterName(namespace);
    }

    /** This instance's own group for a topic every instance reads in full (rule changes, the alert stream). */
    public String instanceGroup(String purpose) {
        return group("claimwire-search.alert-" + purpose + "." + instance);
    }

    private String group(String group) {
        return namespace.isBlank() ? group : namespace + "." + group;
    }
}
