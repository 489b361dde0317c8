package com.claimwire.search.indexing;

import com.claimwire.search.config.SearchProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Rebuilds both indices from Kafka: replays the enriched-articles and claims topics from the beginning into a new
 * generation of indices, switches both aliases to it atomically, then replays whatever arrived meanwhile.
 *
 * <p>Nothing is lost: until the switch, the running service keeps writing through the aliases into the old
 * generation; every record it can have indexed there was on the log before the second end-offset snapshot, which
 * the final replay covers. Writes are idempotent (document id and external version), so replaying a record twice
 * changes nothing. The old generation is kept for inspection or rollback; delete it once satisfied.
 */
@Component
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_ATTEMPTS = 30;

    private final IndexBootstrap indices;
    private final ArticleIndexing articles;
    private final ClaimIndexing claims;
    private final IndexedTopics topics;
    private final KafkaProperties kafka;
    private final SearchProperties.Indexing retry;

    IndexRebuild(IndexBootstrap indices, ArticleIndexing articles, ClaimIndexing claims, IndexedTopics topics,
            KafkaProperties kafka, SearchProperties properties) {
        this.indices = indices;
        this.articles = articles;
        this.claims = claims;
        this.topics = topics;
        this.kafka = kafka;
        this.retry = properties.indexing();
    }

    /**
     * What a rebuild did.
     *
     * @param previousGeneration the generation the aliases pointed at before
     * @param generation the new generation
     * @param articleRecords enriched-article records replayed
     * @param claimRecords claim records replayed
     * @param skipped records that could not be indexed (already dead-lettered by the live consumers)
     */
    public record Report(int previousGeneration, int generation, long articleRecords, long claimRecords, long skipped) {
    }

    /**
     * Runs the rebuild. A failure before the switch leaves the aliases on the previous, complete generation; a
     * failure in the final catch-up is reported, and running the command again rebuilds a further generation.
     */
    public Report rebuild() throws IOException, InterruptedException {
        indices.ensureAliases();
        int previous = Math.max(indices.currentGeneration(IndexKind.ARTICLES), indices.currentGeneration(IndexKind.CLAIMS));
        int generation = indices.nextGeneration();
        TextAnalysis analysis = indices.detectTextAnalysis();
        Map<IndexKind, String> newIndices = Map.of(
                IndexKind.ARTICLES, indices.createGeneration(IndexKind.ARTICLES, generation, analysis),
                IndexKind.CLAIMS, indices.createGeneration(IndexKind.CLAIMS, generation, analysis));
        log.info("Rebuilding generation {} into {} with {} text analysis", generation, newIndices.values(), analysis);

        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var counts = new Counts();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(topics.enrichedArticles(), topics.claims())) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            replayUntil(consumer, consumer.endOffsets(partitions), newIndices, counts);
            indices.switchAliases(newIndices);
            log.info("Aliases now point at generation {}; replaying what arrived during the rebuild", generation);
            replayUntil(consumer, consumer.endOffsets(partitions), newIndices, counts);
        }
        return new Report(previous, generation, counts.articles, counts.claims, counts.skipped);
    }

    private static final class Counts {
        long articles;
        long claims;
        long skipped;
    }

    private void replayUntil(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends,
            Map<IndexKind, String> target, Counts counts) throws InterruptedException {
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
            List<ConsumerRecord<String, byte[]>> articleRecords = new ArrayList<>();
            List<ConsumerRecord<String, byte[]>> claimRecords = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : polled) {
                (record.topic().equals(topics.claims()) ? claimRecords : articleRecords).add(record);
            }
            if (!articleRecords.isEmpty()) {
                counts.skipped += withRetry(() -> articles.index(articleRecords,
                        IndexTarget.index(target.get(IndexKind.ARTICLES)))).size();
                counts.articles += articleRecords.size();
            }
            if (!claimRecords.isEmpty()) {
                counts.skipped += withRetry(() -> claims.index(claimRecords,
                        IndexTarget.index(target.get(IndexKind.CLAIMS)))).size();
                counts.claims += claimRecords.size();
            }
        }
    }

    private interface Batch {
        List<DeadLetter> index();
    }

    private List<DeadLetter> withRetry(Batch batch) throws InterruptedException {
        long wait = retry.retryInitialInterval().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return batch.index();
            } catch (TransientIndexingException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.warn("Attempt {} failed ({}); retrying in {} ms", attempt, e.getMessage(), wait);
                Thread.sleep(wait);
                wait = Math.min(wait * 2, retry.retryMaxInterval().toMillis());
            }
        }
    }
}
