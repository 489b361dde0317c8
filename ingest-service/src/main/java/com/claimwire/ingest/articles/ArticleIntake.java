package com.claimwire.ingest.articles;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.ingest.dedup.DuplicateIndex;
import com.claimwire.ingest.dedup.PublishedArticles;
import com.claimwire.ingest.publish.RawArticlePublisher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way into the pipeline for pushed, fetched, polled and imported articles: normalise, decide against
 * what was already published, publish what is new or changed, and wait for Kafka to acknowledge it.
 */
@Service
public class ArticleIntake {

    private static final Logger log = LoggerFactory.getLogger(ArticleIntake.class);
    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final PublishedArticles published;
    private final RawArticlePublisher publisher;
    private final IntakeMetrics metrics;

    ArticleIntake(PublishedArticles published, RawArticlePublisher publisher, IntakeMetrics metrics) {
        this.published = published;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * Takes in valid articles, in order. Either every article that needed publishing is on the topic when this
     * returns, or it throws and none of the failed ones counts as published, so a retry of the whole request
     * republishes only what is missing.
     *
     * @throws IntakeUnavailableException when Kafka does not acknowledge or the state is not rebuilt yet
     */
    public List<IntakeResult> accept(List<ArticleSubmission> submissions) {
        DuplicateIndex index = published.index().orElseThrow(() -> new IntakeUnavailableException(
                "ingest is still reading what was already published from Kafka; retry shortly"));
        Instant receivedAt = Instant.now();
        List<IntakeResult> results = new ArrayList<>(submissions.size());
        List<Pending> pending = new ArrayList<>();
        Throwable unreachable = null;
        for (ArticleSubmission submission : submissions) {
            NormalizedArticle article = ArticleNormalizer.normalize(submission);
            DuplicateIndex.Decision decision = index.reserve(article.id(), article.contentHash(),
                    published.sketch(article.body()));
            if (!decision.publish()) {
                results.add(new IntakeResult(article.id(), IntakeResult.DUPLICATE, decision.version(), null));
                continue;
            }
            String status = decision.kind() == DuplicateIndex.Decision.Kind.NEW ? IntakeResult.ACCEPTED : IntakeResult.UPDATED;
            results.add(new IntakeResult(article.id(), status, decision.version(), decision.duplicateOf()));
            CompletableFuture<?> acknowledged;
            if (unreachable != null) {
                // The producer could not even queue a record (no broker metadata): the rest would each wait as long.
                acknowledged = CompletableFuture.failedFuture(unreachable);
            } else {
                try {
                    acknowledged = publisher.publish(toEvent(article, decision, receivedAt));
                    if (acknowledged.isCompletedExceptionally()) {
                        unreachable = acknowledged.handle((ignored, error) -> error).join();
                    }
                } catch (RuntimeException e) {
                    unreachable = e;
                    acknowledged = CompletableFuture.failedFuture(e);
                }
            }
            pending.add(new Pending(decision, acknowledged));
        }
        awaitAcknowledgements(index, pending);
        results.forEach(metrics::count);
        return results;
    }

    private void awaitAcknowledgements(DuplicateIndex index, List<Pending> pending) {
        int failed = 0;
        String firstError = null;
        for (Pending item : pending) {
            try {
                item.acknowledged().get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                index.release(item.decision());
                failed++;
                if (firstError == null) {
                    firstError = (e.getCause() != null ? e.getCause() : e).getMessage();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                index.release(item.decision());
                failed++;
                firstError = "interrupted";
            }
        }
        if (failed > 0) {
            log.warn("Kafka did not acknowledge {} of {} articles: {}", failed, pending.size(), firstError);
            throw new IntakeUnavailableException("Kafka did not acknowledge " + failed + " of " + pending.size()
                    + " articles (" + firstError + "); retry the request: articles already taken in will be"
                    + " reported as duplicates");
        }
    }

    private static ArticleReceived toEvent(NormalizedArticle article, DuplicateIndex.Decision decision, Instant receivedAt) {
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, article.id(), decision.version(), article.url(),
                article.canonicalUrl(), article.title(), article.body(), article.publishedAt(), article.source(),
                article.language(), article.tags(), decision.duplicateOf(), article.contentHash(), receivedAt);
    }

    private record Pending(DuplicateIndex.Decision decision, CompletableFuture<?> acknowledged) {
    }
}
