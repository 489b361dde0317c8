package com.claimwire.search.tracking;

import com.claimwire.search.tracking.ClaimTracker.Decision;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracks the claims of one batch in order. Claims earlier in the batch are not stored yet, so they are offered
 * as candidates to the later ones, and the clusters they join are counted here on top of the stored summaries.
 */
public final class TrackingBatch {

    private final ClaimTracker tracker;
    private final Map<String, ClusterSummary> clusters;
    private final List<EarlierClaim> trackedHere = new ArrayList<>();
    private final Map<String, TrackingResult> results = new LinkedHashMap<>();

    /**
     * @param storedClusters the stored summary of every cluster a stored candidate belongs to
     */
    public TrackingBatch(ClaimTracker tracker, Map<String, ClusterSummary> storedClusters) {
        this.tracker = tracker;
        this.clusters = new HashMap<>(storedClusters);
    }

    /**
     * Tracks {@code claim} against the stored candidates and the claims tracked earlier in this batch. A claim id
     * seen before in the batch gets the same result again.
     */
    public TrackingResult track(TrackedClaim claim, List<EarlierClaim> storedCandidates) {
        TrackingResult seen = results.get(claim.claimId());
        if (seen != null) {
            return seen;
        }
        Map<String, EarlierClaim> candidates = new LinkedHashMap<>();
        for (EarlierClaim stored : storedCandidates) {
            candidates.putIfAbsent(stored.claim().claimId(), stored);
        }
        for (EarlierClaim here : trackedHere) {
            candidates.putIfAbsent(here.claim().claimId(), here);
        }
        Decision decision = tracker.decide(claim, List.copyOf(candidates.values()), clusters);
        clusters.put(decision.cluster().clusterId(), decision.cluster());
        trackedHere.add(new EarlierClaim(claim, decision.result().clusterId()));
        results.put(claim.claimId(), decision.result());
        return decision.result();
    }

    /** Every cluster this batch knows of, with the claims of the batch counted. */
    public Map<String, ClusterSummary> clusters() {
        return Map.copyOf(clusters);
    }

    /** The claims newly tracked in this batch, in order. */
    public List<EarlierClaim> tracked() {
        return List.copyOf(trackedHere);
    }
}
