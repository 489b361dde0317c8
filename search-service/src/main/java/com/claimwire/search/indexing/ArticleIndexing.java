package com.claimwire.search.indexing;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/** Turns a batch of enriched-article records into article documents and writes them. */
@Component
class ArticleIndexing {

    private final BulkWriter writer;

    ArticleIndexing(BulkWriter writer) {
        this.writer = writer;
    }

    /**
     * Indexes the valid articles among {@code records} into {@code target}.
     *
     * @return the records that can never be indexed, with the reason
     * @throws TransientIndexingException when Elasticsearch must be tried again later
     */
    List<DeadLetter> index(List<ConsumerRecord<String, byte[]>> records, IndexTarget target) {
        DecodedBatch<ArticleAnalyzed> batch = DecodedBatch.decode(Topics.ENRICHED_ARTICLES, records);
        Instant now = Instant.now();
        List<PendingDocument> documents = batch.events().stream()
                .map(decoded -> new PendingDocument(decoded.event().id(), decoded.event().version(),
                        ArticleDocument.of(decoded.event(), now), decoded.record()))
                .toList();
        List<DeadLetter> deadLetters = new ArrayList<>(batch.poison());
        deadLetters.addAll(writer.write(target, documents));
        return deadLetters;
    }
}
