package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.search.config.SearchProperties;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Claim tracking over Elasticsearch: looks up stored results for re-deliveries, finds each new claim's candidates
 * in the tracking index, applies the {@link ClaimTracker} in batch order, stores the results, then announces them.
 *
 * <p>Batches are tracked one at a time, so that a batch always sees every claim stored before it.
 */
@Component
class ElasticsearchClaimTracking implements ClaimTracking {

    private final TrackingThresholds thresholds;
    private final TrackingStore store;
    private final ClaimTracker tracker;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ElasticsearchClaimTracking(ElasticsearchClient client, SearchProperties search, TrackingProperties tracking,
            ApplicationEventPublisher events) {
        this.thresholds = tracking.thresholds();
        this.store = new TrackingStore(client, trackingIndex(search.indexPrefix()), tracking.candidates(),
                tracking.vectorCandidates(), thresholds.sameCosine(), thresholds.opposingCosine());
        this.tracker = new ClaimTracker(thresholds);
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** The tracking index of the service with index prefix {@code prefix}. */
    static String trackingIndex(String prefix) {
        return prefix + "-tracking";
    }

    @Override
    public synchronized List<TrackingResult> track(List<ClaimExtracted> claims) {
        try {
            return trackBatch(claims);
        } catch (IOException e) {
            throw new UncheckedIOException("claim tracking could not reach Elasticsearch", e);
        }
    }

    private List<TrackingResult> trackBatch(List<ClaimExtracted> claims) throws IOException {
        if (claims.isEmpty()) {
            return List.of();
        }
        store.ensureIndex();
        List<String> ids = claims.stream().map(event -> event.claim().id()).distinct().toList();
        Map<String, TrackingResult> stored = store.storedResults(ids);

        Map<String, TrackedClaim> fresh = new LinkedHashMap<>();
        for (ClaimExtracted event : claims) {
            if (!stored.containsKey(event.claim().id())) {
                fresh.putIfAbsent(event.claim().id(), TrackedClaim.of(event));
            }
        }
        List<TrackedClaim> freshClaims = List.copyOf(fresh.values());
        List<List<EarlierClaim>> candidates = store.candidates(freshClaims);
        Set<String> clusterIds = new HashSet<>();
        for (int i = 0; i < freshClaims.size(); i++) {
            Stance stance = freshClaims.get(i).stance();
            candidates.get(i).stream().filter(candidate -> mayJoin(stance, candidate))
                    .forEach(candidate -> clusterIds.add(candidate.clusterId()));
        }
        TrackingBatch batch = new TrackingBatch(tracker, store.clusters(clusterIds));

        Map<String, TrackingResult> tracked = new LinkedHashMap<>();
        for (int i = 0; i < freshClaims.size(); i++) {
            TrackedClaim claim = freshClaims.get(i);
            tracked.put(claim.claimId(), batch.track(claim, candidates.get(i)));
        }

        Instant now = clock.instant();
        List<TrackingDocument> documents = new ArrayList<>(tracked.size());
        for (TrackedClaim claim : freshClaims) {
            documents.add(TrackingDocument.of(claim, tracked.get(claim.claimId()), now));
        }
        store.save(documents);

        List<TrackingResult> results = new ArrayList<>(claims.size());
        Set<String> announced = new HashSet<>();
        for (ClaimExtracted event : claims) {
            String id = event.claim().id();
            TrackingResult result = stored.containsKey(id) ? stored.get(id) : tracked.get(id);
            results.add(result);
            if (tracked.containsKey(id) && announced.add(id)) {
                events.publishEvent(new NewClaimTracked(event, result));
            }
        }
        return results;
    }

    /** Only a candidate that may state the same proposition can lead to its cluster, so only its cluster is counted. */
    private boolean mayJoin(Stance stance, EarlierClaim candidate) {
        return candidate.claim().stance() == stance
                && (candidate.cosine() == null || candidate.cosine() >= thresholds.sameCosine());
    }
}
