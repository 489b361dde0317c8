package com.claimwire.search.indexing;

import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The Kafka entry points: each poll's batch is indexed through the aliases, its dead letters published, and only
 * then does the container commit the offsets. A transient failure propagates to the container's error handler,
 * which pauses the consumer and retries the same batch with backoff until it succeeds.
 */
@Component
class IndexingListeners {

    private final IndexBootstrap indices;
    private final ArticleIndexing articles;
    private final ClaimIndexing claims;
    private final DeadLetterPublisher deadLetters;

    IndexingListeners(IndexBootstrap indices, ArticleIndexing articles, ClaimIndexing claims,
            DeadLetterPublisher deadLetters) {
        this.indices = indices;
        this.articles = articles;
        this.claims = claims;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "article-indexer", topics = "#{@indexedTopics.enrichedArticles()}",
            groupId = "#{@indexedTopics.articlesGroup()}", batch = "true")
    void onArticles(List<ConsumerRecord<String, byte[]>> records) {
        ensureAliases();
        deadLetters.publish(articles.index(records, IndexTarget.alias(indices.alias(IndexKind.ARTICLES))));
    }

    @KafkaListener(id = "claim-indexer", topics = "#{@indexedTopics.claims()}",
            groupId = "#{@indexedTopics.claimsGroup()}", batch = "true",
            properties = "#{@indexedTopics.claimsConsumerProperties()}")
    void onClaims(List<ConsumerRecord<String, byte[]>> records) {
        ensureAliases();
        deadLetters.publish(claims.index(records, IndexTarget.alias(indices.alias(IndexKind.CLAIMS))));
    }

    private void ensureAliases() {
        try {
            indices.ensureAliases();
        } catch (IOException | RuntimeException e) {
            throw new TransientIndexingException("indices are not ready: " + e.getMessage(), e);
        }
    }
}
