package com.claimwire.search.indexing;

import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import com.claimwire.search.config.KafkaNamespaceProperties;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The topics, consumer groups and consumer settings of the indexers in this service's Kafka namespace. */
@Component("indexedTopics")
public class IndexedTopics {

    private final String namespace;
    private final Map<String, String> deadLetterByTopic;
    private final ClaimBatching claimBatching;

    IndexedTopics(KafkaNamespaceProperties kafka, ClaimBatching claimBatching) {
        this.namespace = kafka.namespace();
        this.claimBatching = claimBatching;
        this.deadLetterByTopic = Topics.all().stream()
                .collect(Collectors.toMap(t -> t.qualifiedName(namespace), t -> t.deadLetterName(namespace)));
    }

    /** The enriched-articles topic. */
    public String enrichedArticles() {
        return Topics.ENRICHED_ARTICLES.qualifiedName(namespace);
    }

    /** The claims topic. */
    public String claims() {
        return Topics.CLAIMS.qualifiedName(namespace);
    }

    /** The dead-letter topic of {@code topic}. */
    public String deadLetterTopicOf(String topic) {
        String deadLetter = deadLetterByTopic.get(topic);
        if (deadLetter == null) {
            throw new IllegalArgumentException("not a Claimwire topic in namespace '" + namespace + "': " + topic);
        }
        return deadLetter;
    }

    /** The dead-letter topics of the topics this service consumes. */
    public String[] deadLetterTopics() {
        return new String[] {deadLetterTopicOf(enrichedArticles()), deadLetterTopicOf(claims())};
    }

    /** The consumer group of the indexer of {@code topic}, namespaced like topics so tenants never share one. */
    private String groupOf(Topic<?> topic) {
        String group = "claimwire-search." + topic.name();
        return namespace.isBlank() ? group : namespace + "." + group;
    }

    /** Consumer group of the articles indexer. */
    public String articlesGroup() {
        return groupOf(Topics.ENRICHED_ARTICLES);
    }

    /** Consumer group of the claims indexer. */
    public String claimsGroup() {
        return groupOf(Topics.CLAIMS);
    }

    /** Kafka consumer properties ({@code key=value}) of the claims indexer: how long claims gather per poll. */
    public String[] claimsConsumerProperties() {
        return claimBatching.consumerProperties();
    }
}
