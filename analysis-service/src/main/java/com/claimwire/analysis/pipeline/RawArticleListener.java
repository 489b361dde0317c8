package com.claimwire.analysis.pipeline;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;

/**
 * Analyses the raw articles of one poll and publishes the results, then returns so that the container commits
 * the poll's offsets: only after every send of the batch is acknowledged (at-least-once).
 *
 * <p>A failure names the first record it concerns ({@link BatchListenerFailedException}): the error handler
 * commits the records before it, sends a poison record to the dead-letter topic, or redelivers a record whose
 * results could not be sent, with backoff, so nothing is skipped.
 */
final class RawArticleListener implements BatchMessageListener<String, byte[]> {

    private final ArticleAnalysis analysis;
    private final AnalyzedArticlePublisher publisher;
    private final AnalysisMetrics metrics;

    RawArticleListener(ArticleAnalysis analysis, AnalyzedArticlePublisher publisher, AnalysisMetrics metrics) {
        this.analysis = analysis;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        long polledAt = System.currentTimeMillis();
        long handedOver = System.nanoTime();
        records.forEach(record -> metrics.fetched(record.timestamp(), polledAt));
        List<Publication> inFlight = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            metrics.queued(System.nanoTime() - handedOver);
            try {
                ArticleReceived article = EventCodec.decode(Topics.RAW_ARTICLES, records.get(index).value());
                inFlight.add(new Publication(index, publisher.publish(analysis.analyze(article))));
            } catch (RuntimeException e) {
                // Poison or not, the error handler tells (DeadLetterReason.POISON); earlier records are done first.
                awaitAcknowledgements(inFlight);
                throw new BatchListenerFailedException(e.getMessage(), e, index);
            }
        }
        long lastSent = System.nanoTime();
        awaitAcknowledgements(inFlight);
        metrics.published(System.nanoTime() - lastSent);
    }

    /** Waits for every send; the first failed record fails the batch from there on. */
    private static void awaitAcknowledgements(List<Publication> publications) {
        for (Publication publication : publications) {
            for (CompletableFuture<?> send : publication.sends()) {
                try {
                    send.get();
                } catch (ExecutionException e) {
                    throw new BatchListenerFailedException("publishing results failed: " + e.getCause(),
                            e.getCause(), publication.index());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BatchListenerFailedException("interrupted while publishing results", e,
                            publication.index());
                }
            }
        }
    }

    private record Publication(int index, List<CompletableFuture<?>> sends) {
    }
}
