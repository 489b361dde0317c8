package com.claimwire.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.search.tracking.ClaimTracking;
import com.claimwire.search.tracking.TrackingResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs claim tracking over a batch so that only Elasticsearch's unavailability holds the batch back. A claim whose
 * tracking fails for any other reason (a bug, a claim the store rejects) is found by tracking the batch's claims one
 * at a time, in order, and dead-lettered alone: one bad claim never stalls its partition.
 */
final class PoisonIsolatingTracker {

    /** A claim with its tracking result. */
    record Tracked(DecodedBatch.Decoded<ClaimExtracted> claim, TrackingResult result) {
    }

    private final ClaimTracking tracking;

    PoisonIsolatingTracker(ClaimTracking tracking) {
        this.tracking = tracking;
    }

    /**
     * The tracked claims, in batch order; claims whose tracking failed are added to {@code deadLetters} instead.
     *
     * @throws TransientIndexingException when Elasticsearch must be tried again later
     */
    List<Tracked> track(List<DecodedBatch.Decoded<ClaimExtracted>> claims, List<DeadLetter> deadLetters) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<TrackingResult> results;
        try {
            results = tracking.track(claims.stream().map(DecodedBatch.Decoded::event).toList());
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw new TransientIndexingException("claim tracking could not use Elasticsearch: " + e.getMessage(), e);
            }
            if (claims.size() == 1) {
                deadLetters.add(new DeadLetter(claims.get(0).record(), "claim tracking failed: " + e));
                return List.of();
            }
            List<Tracked> tracked = new ArrayList<>(claims.size());
            for (DecodedBatch.Decoded<ClaimExtracted> claim : claims) {
                tracked.addAll(track(List.of(claim), deadLetters));
            }
            return tracked;
        }
        if (results.size() != claims.size()) {
            throw new IllegalStateException("claim tracking returned " + results.size() + " results for "
                    + claims.size() + " claims");
        }
        List<Tracked> tracked = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            tracked.add(new Tracked(claims.get(i), results.get(i)));
        }
        return tracked;
    }

    /** Unreachable, overloaded or failing Elasticsearch: worth retrying the same batch later. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof UncheckedIOException
                    || cause instanceof TransientIndexingException) {
                return true;
            }
            if (cause instanceof ElasticsearchException es
                    && BulkItemOutcome.isRetryable(es.status(), es.error() == null ? null : es.error().type())) {
                return true;
            }
        }
        return false;
    }
}
