package com.claimwire.ingest.publish;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes accepted articles to the raw-articles topic, keyed by article id so that every version of an
 * article lands on one partition in order. The producer is idempotent with acks=all (application.yml).
 */
@Component
public class RawArticlePublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final String topic;

    RawArticlePublisher(KafkaTemplate<String, byte[]> kafka, KafkaTopicProperties topics) {
        this.kafka = kafka;
        this.topic = Topics.RAW_ARTICLES.qualifiedName(topics.namespace());
    }

    /** Completes when the broker has the record on every in-sync replica. */
    public CompletableFuture<?> publish(ArticleReceived article) {
        return kafka.send(topic, article.key(), EventCodec.encode(article));
    }
}
