package com.claimwire.search.alerts;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.EventCodec;
import com.claimwire.search.tracking.TrackingResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes claims with their tracking, for alerting, once they are stored. Waits for the broker, so that the
 * claims batch is acknowledged only after its tracked claims are durable; a transient failure fails the batch, which
 * is then retried (re-publishing is harmless: alerts are deduplicated). A tracked claim that can never be published
 * (too large, refused by the broker) is not retried: it is handed back, so that its claim record is dead-lettered
 * with the reason and the partition goes on.
 */
@Component
public class TrackedClaimPublisher {


    private final KafkaTemplate<String, byte[]> kafka;
    private final AlertTopics topics;
    private final PublishLimits limits;

    TrackedClaimPublisher(KafkaTemplate<String, byte[]> kafka, AlertTopics topics) {
        this.kafka = kafka;
        this.topics = topics;
        this.limits = new PublishLimits(kafka);
    }

    /** A claim whose tracked event can never be published, and why. */
    public record Unpublishable(int index, String reason) {
    }

    /**
     * Publishes one {@link ClaimTracked} per claim, {@code results} in the order of {@code claims}.
     *
     * @return the claims (by their index in {@code claims}) whose tracked event can never be published
     * @throws IllegalStateException when the broker must be tried again later
     */
    public List<Unpublishable> publish(List<ClaimExtracted> claims, List<TrackingResult> results) {
        List<Unpublishable> unpublishable = new ArrayList<>();
        Map<Integer, CompletableFuture<SendResult<String, byte[]>>> sends = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimTracked tracked = of(claims.get(i), results.get(i));
            byte[] value = EventCodec.encode(tracked);
            String refusal = limits.refusal(tracked.key(), value);
            if (refusal != null) {
                unpublishable.add(new Unpublishable(i, "tracked claim " + tracked.extracted().claim().id()
                        + " cannot be published for alerting: " + refusal));
            } else {
                sends.put(i, kafka.send(topics.trackedClaims(), tracked.key(), value));
            }
        }
        PublishLimits.awaitAll(sends, "tracked claims", (index, reason) -> unpublishable.add(new Unpublishable(index,
                "tracked claim " + claims.get(index).claim().id() + " was refused by the broker: " + reason)));
        unpublishable.sort(Comparator.comparingInt(Unpublishable::index));
        return unpublishable;
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
