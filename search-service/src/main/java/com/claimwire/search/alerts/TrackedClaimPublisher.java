package com.claimwire.search.alerts;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.EventCodec;
import com.claimwire.search.tracking.TrackingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes claims with their tracking, for alerting, once they are stored. Waits for the broker, so that the
 * claims batch is acknowledged only after its tracked claims are durable; a failure fails the batch, which is then
 * retried (re-publishing is harmless: alerts are deduplicated).
 */
@Component
public class TrackedClaimPublisher {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final AlertTopics topics;

    TrackedClaimPublisher(KafkaTemplate<String, byte[]> kafka, AlertTopics topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    /** Publishes one {@link ClaimTracked} per claim, {@code results} in the order of {@code claims}. */
    public void publish(List<ClaimExtracted> claims, List<TrackingResult> results) {
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ClaimTracked tracked = of(claims.get(i), results.get(i));
            sends.add(kafka.send(topics.trackedClaims(), tracked.key(), EventCodec.encode(tracked)));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing tracked claims", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("tracked claims could not be published: " + e.getMessage(), e);
        }
    }

    /** The event of {@code claim} tracked as {@code result}, without the embedding alerting has no use for. */
    static ClaimTracked of(ClaimExtracted claim, TrackingResult result) {
        ClaimExtracted lean = new ClaimExtracted(claim.schemaVersion(), claim.articleId(), claim.articleVersion(),
                claim.articleUrl(), claim.articleTitle(), claim.source(), claim.language(), claim.publishedAt(),
                claim.receivedAt(), claim.duplicateOf(), claim.claim().withEmbedding(null));
        return new ClaimTracked(ClaimTracked.SCHEMA_VERSION, lean, result.status(), result.clusterId(),
                result.firstSeenAt(), result.firstSource(), result.reports(), result.outlets(),
                result.opposingClaimIds());
    }
}
