package com.claimwire.search.indexing;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.Topics;
import com.claimwire.search.alerts.TrackedClaimPublisher;
import com.claimwire.search.tracking.ClaimTracking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/** Tracks a batch of claim records against earlier claims, then writes the claims with their tracking. */
@Component
class ClaimIndexing {

    private final PoisonIsolatingTracker tracker;
    private final BulkWriter writer;
    private final TrackedClaimPublisher trackedClaims;

    ClaimIndexing(ClaimTracking tracking, BulkWriter writer, TrackedClaimPublisher trackedClaims) {
        this.tracker = new PoisonIsolatingTracker(tracking);
        this.writer = writer;
        this.trackedClaims = trackedClaims;
    }

    /**
     * Indexes the valid claims among {@code records} into {@code target}.
     *
     * @return the records that can never be indexed, with the reason
     * @throws TransientIndexingException when Elasticsearch must be tried again later
     */
    List<DeadLetter> index(List<ConsumerRecord<String, byte[]>> records, IndexTarget target) {
        DecodedBatch<ClaimExtracted> decoded = DecodedBatch.decode(Topics.CLAIMS, records);
        List<DeadLetter> deadLetters = new ArrayList<>(decoded.poison());
        List<DecodedBatch.Decoded<ClaimExtracted>> valid = new ArrayList<>(decoded.events().size());
        for (var claim : decoded.events()) {
            float[] embedding = claim.event().claim().embedding();
            if (embedding != null && embedding.length > 0 && embedding.length != ClaimDocument.EMBEDDING_DIMENSIONS) {
                // Caught here, before tracking and indexing, which both rely on the mapping's dimensions.
                deadLetters.add(new DeadLetter(claim.record(), "invalid ClaimExtracted: claim.embedding has "
                        + embedding.length + " dimensions, expected " + ClaimDocument.EMBEDDING_DIMENSIONS));
            } else {
                valid.add(claim);
            }
        }
        List<PoisonIsolatingTracker.Tracked> tracked = tracker.track(valid, deadLetters);
        Instant now = Instant.now();
        List<PendingDocument> documents = new ArrayList<>(tracked.size());
        for (PoisonIsolatingTracker.Tracked claim : tracked) {
            ClaimExtracted event = claim.claim().event();
            documents.add(new PendingDocument(event.claim().id(), event.articleVersion(),
                    ClaimDocument.of(event, claim.result(), now), claim.claim().record()));
        }
        deadLetters.addAll(writer.write(target, documents));
        if (target.alias()) {
            // Live claims only, once stored and before the offsets commit; a rebuild's replay raises no alerts.
            // A claim whose tracked event can never be published is dead-lettered whole; replaying it is idempotent.
            for (var unpublishable : trackedClaims.publish(tracked.stream().map(claim -> claim.claim().event()).toList(),
                    tracked.stream().map(PoisonIsolatingTracker.Tracked::result).toList())) {
                deadLetters.add(new DeadLetter(tracked.get(unpublishable.index()).claim().record(),
                        unpublishable.reason()));
            }
        }
        return deadLetters;
    }
}
