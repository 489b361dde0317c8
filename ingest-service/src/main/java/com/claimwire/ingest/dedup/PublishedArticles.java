package com.claimwire.ingest.dedup;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import com.claimwire.ingest.publish.KafkaTopicProperties;
import com.claimwire.ingest.publish.TopicBackedState;
import com.claimwire.ingest.publish.TopicTailer;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * The {@link DuplicateIndex} of everything on the raw-articles topic. Rebuilt by reading the topic at startup
 * and kept current by following it, so it survives restarts and every instance sees what the others
 * published, with no database of its own. Not ready until the rebuild is done.
 */
@Component("dedup")
public class PublishedArticles extends TopicBackedState {

    private final DuplicateIndex index;
    private final DedupProperties properties;
    private final TopicTailer tailer;

    PublishedArticles(DedupProperties properties, KafkaProperties kafka, KafkaTopicProperties topics,
            KafkaAdmin admin, NewTopic rawArticlesTopic) {
        this.properties = properties;
        this.index = new DuplicateIndex(properties.minSimilarity());
        this.tailer = new TopicTailer(Topics.RAW_ARTICLES.qualifiedName(topics.namespace()),
                kafka.buildConsumerProperties(), this::observe, () -> admin.createOrModifyTopics(rawArticlesTopic));
    }

    /** The index, once rebuilt; empty when that takes longer than the configured warm-up timeout. */
    public Optional<DuplicateIndex> index() {
        return tailer.awaitCaughtUp(properties.warmupTimeout()) ? Optional.of(index) : Optional.empty();
    }

    /** Whether an article with this id is on the topic (as far as read so far). */
    public boolean contains(String articleId) {
        return index.contains(articleId);
    }

    /** The body's sketch for near-duplicate comparison, or {@code null} when it is too short. */
    public MinHash.Sketch sketch(String body) {
        return MinHash.sketch(body, properties.minWords()).orElse(null);
    }

    private void observe(ConsumerRecord<String, byte[]> record) {
        ArticleReceived article = EventCodec.decode(Topics.RAW_ARTICLES, record.value());
        // A record without a hash (another producer's) can never match, so its next delivery counts as an update.
        String contentHash = article.contentHash() == null ? "" : article.contentHash();
        index.observe(article.id(), article.version(), contentHash, sketch(article.body()),
                article.duplicateOf());
    }

    @Override
    protected TopicTailer tailer() {
        return tailer;
    }

    @Override
    protected String contentName() {
        return "articles";
    }

    @Override
    protected int contentSize() {
        return index.size();
    }

}
