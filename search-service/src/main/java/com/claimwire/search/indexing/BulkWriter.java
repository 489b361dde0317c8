package com.claimwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes documents with one bulk request and reads the response item by item: written and already-current items
 * are done, rejected items come back as dead letters, and any retryable item fails the whole call transiently
 * (writes are idempotent, so the retry re-writes the rest harmlessly).
 */
@Component
class BulkWriter {

    private final ElasticsearchClient client;
    private final MeterRegistry meters;

    BulkWriter(ElasticsearchClient client, MeterRegistry meters) {
        this.client = client;
        this.meters = meters;
    }

    /**
     * Writes {@code documents} into {@code target}.
     *
     * @return the documents Elasticsearch rejected for good, with the reason
     * @throws TransientIndexingException when Elasticsearch is unreachable or asked to retry any item
     */
    List<DeadLetter> write(IndexTarget target, List<PendingDocument> documents) {
        String index = target.name();
        if (documents.isEmpty()) {
            return List.of();
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (PendingDocument document : documents) {
            operations.add(BulkOperation.of(op -> op.index(idx -> idx.index(index).id(document.id())
                    .version(document.version()).versionType(VersionType.External)
                    .document(document.document()))));
        }
        BulkResponse response;
        // Timed so that the load harness can tell the bulk request's share of the time to searchable from the
        // refresh interval's.
        Timer.Sample started = Timer.start(meters);
        try {
            response = client.bulk(bulk -> bulk.operations(operations).requireAlias(target.alias()));
        } catch (IOException | ElasticsearchException e) {
            throw new TransientIndexingException("bulk request to " + index + " failed: " + e.getMessage(), e);
        } finally {
            started.stop(meters.timer("claimwire.search.bulk", "index", index));
        }
        List<DeadLetter> rejected = new ArrayList<>();
        String retryReason = null;
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            String errorType = item.error() == null ? null : item.error().type();
            BulkItemOutcome outcome = BulkItemOutcome.of(item.status(), errorType);
            meters.counter("claimwire.search.indexed", "index", index, "outcome", outcome.name()).increment();
            switch (outcome) {
                case WRITTEN, ALREADY_CURRENT -> { }
                case RETRY -> retryReason = item.status() + " " + errorType + ": " + item.error().reason();
                case REJECTED -> rejected.add(new DeadLetter(documents.get(i).origin(),
                        "rejected by Elasticsearch (" + item.status() + " " + errorType + "): " + item.error().reason()));
            }
        }
        if (retryReason != null) {
            throw new TransientIndexingException("Elasticsearch asked to retry bulk items in " + index + ": " + retryReason);
        }
        return rejected;
    }
}
