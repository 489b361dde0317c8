package com.claimwire.analysis.pipeline;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.Event;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.core.JacksonException;

/**
 * Sends an analysed article to the enriched topic and each of its claims to the claims topic, keyed by article id
 * (claims by their deterministic claim id).
 *
 * <p>Claim vectors travel once, on the claims topic, where tracking and the claims index read them: the enriched
 * article carries its claims without them (nothing reads them there, and a vector as JSON text is about 4 KB, most of
 * an article's record).
 *
 * <p>Every record is encoded and measured against the producer's {@code max.request.size} before the first one is
 * sent: an article is published whole or not at all, so a dead-lettered article leaves no orphan claims behind
 * that its replay would send a second time.
 */
final class AnalyzedArticlePublisher {

    private static final Header[] NO_HEADERS = new Header[0];

    private final KafkaTemplate<String, byte[]> template;
    private final String enrichedTopic;
    private final String claimsTopic;
    private final int maxRequestSize;

    AnalyzedArticlePublisher(KafkaTemplate<String, byte[]> template, KafkaTopicProperties topics) {
        this.template = template;
        this.enrichedTopic = topics.nameOf(Topics.ENRICHED_ARTICLES);
        this.claimsTopic = topics.nameOf(Topics.CLAIMS);
        this.maxRequestSize = maxRequestSizeOf(template);
    }

    /**
     * The sends, still in flight: the article counts as published once every one of them completes.
     *
     * @throws UnpublishableResultsException before anything is sent, if a record cannot be encoded or is larger
     *     than the producer takes
     */
    List<CompletableFuture<?>> publish(ArticleAnalyzed article) {
        List<ClaimExtracted> claims = ClaimExtracted.of(article);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(claims.size() + 1);
        records.add(checked(enrichedTopic, article.key(), withoutClaimVectors(article),
                "enriched article " + article.key()));
        for (ClaimExtracted claim : claims) {
            records.add(checked(claimsTopic, claim.key(), claim,
                    "claim " + claim.key() + " of article " + article.key()));
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(records.size());
        for (ProducerRecord<String, byte[]> record : records) {
            sends.add(template.send(record));
        }
        return sends;
    }

    /** The article as the enriched topic carries it: its claims without their vectors. */
    static ArticleAnalyzed withoutClaimVectors(ArticleAnalyzed a) {
        if (a.claims().stream().allMatch(claim -> claim.embedding() == null)) {
            return a;
        }
        List<Claim> claims = a.claims().stream().map(claim -> claim.withEmbedding(null)).toList();
        return new ArticleAnalyzed(a.schemaVersion(), a.id(), a.version(), a.url(), a.title(), a.body(),
                a.publishedAt(), a.source(), a.language(), a.duplicateOf(), a.receivedAt(), a.entities(),
                a.topics(), claims, a.analysis());
    }

    private ProducerRecord<String, byte[]> checked(String topic, String key, Event event, String what) {
        byte[] value;
        try {
            value = EventCodec.encode(event);
        } catch (JacksonException e) {
            throw new UnpublishableResultsException(what + " cannot be serialised: " + e.getOriginalMessage(), e);
        }
        int size = recordSize(key, value);
        if (size > maxRequestSize) {
            throw new UnpublishableResultsException("%s is %s, above the producer's max.request.size %s"
                    .formatted(what, readable(size), readable(maxRequestSize)));
        }
        return new ProducerRecord<>(topic, key, value);
    }

    /** The bound the producer itself checks against {@code max.request.size} (whatever the compression). */
    static int recordSize(String key, byte[] value) {
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, NO_HEADERS);
    }

    /** {@code bytes} as an operator reads it in a dead-letter reason: 1.4 MB, 64.0 KB, 900 bytes. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    private static int maxRequestSizeOf(KafkaTemplate<String, byte[]> template) {
        Object configured = template.getProducerFactory().getConfigurationProperties()
                .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (configured == null) {
            return ProducerConfig.configDef().defaultValues().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG) instanceof Integer
                    defaultSize ? defaultSize : Integer.MAX_VALUE;
        }
        return configured instanceof Number number ? number.intValue() : Integer.parseInt(configured.toString().strip());
    }
}
