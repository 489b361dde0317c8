package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimType;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claims this process stored in the tracking index that a search may not show yet, because the index has not been
 * refreshed since. Later claims are compared with them in memory, and their clusters are counted from them on top of
 * the searchable claims, so that tracking never waits for a refresh and decides as if every stored claim were
 * searchable. Bounded: once full, the owner refreshes the index (making every pending claim searchable) and
 * {@linkplain #clear() clears} it.
 */
public final class PendingClaims {

    /**
     * How far below a threshold (as a cosine) the {@linkplain #quickDot estimate} may fall before a claim is ruled out:
     * summing a few hundred products in another order changes the result by about 1e-13 of the norms.
     */
    static final double ESTIMATE_SLACK = 1e-9;

    private final int capacity;
    private final TrackingThresholds thresholds;
    private final Map<String, Pending> claims = new LinkedHashMap<>();

    /**
     * @param capacity how many claims may wait for a refresh before the owner forces one
     * @param thresholds the least cosines at which the index's vector searches find candidates
     */
    public PendingClaims(int capacity, TrackingThresholds thresholds) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.thresholds = thresholds;
    }

    /**
     * Records claims just stored, as the index stores them (without an embedding it cannot hold); a claim stored
     * again keeps its first record.
     */
    public void addAll(List<EarlierClaim> stored) {
        for (EarlierClaim claim : stored) {
            double norm = claim.claim().hasEmbedding() ? norm(claim.claim().embedding()) : 0;
            claims.putIfAbsent(claim.claim().claimId(), new Pending(claim, norm));
        }
    }

    /** Whether the owner should make the pending claims searchable and {@link #clear()} them. */
    public boolean full() {
        return claims.size() >= capacity;
    }

    /** Forgets every pending claim, once the index shows them all. */
    public void clear() {
        claims.clear();
    }

    /** The ids of the pending claims, which a search of stored claims must leave out to count them once. */
    public Set<String> ids() {
        return Set.copyOf(claims.keySet());
    }

    /**
     * The clusters of {@code clusterIds}: each searchable summary (counted without the pending claims) with the
     * pending claims of the cluster added, or made of pending claims alone when none of its claims is searchable.
     */
    public Map<String, ClusterSummary> clusters(Set<String> clusterIds, Map<String, ClusterSummary> searchable) {
        Map<String, ClusterSummary> summaries = new HashMap<>();
        for (String clusterId : clusterIds) {
            ClusterSummary summary = searchable.get(clusterId);
            if (summary != null) {
                summaries.put(clusterId, summary);
            }
        }
        for (Pending entry : claims.values()) {
            EarlierClaim pending = entry.stored();
            String clusterId = pending.clusterId();
            if (!clusterIds.contains(clusterId)) {
                continue;
            }
            ClusterSummary summary = summaries.get(clusterId);
            summaries.put(clusterId, summary == null
                    ? ClusterSummary.startedBy(clusterId, pending.claim())
                    : summary.plus(pending.claim()));
        }
        return summaries;
    }

    /**
     * The candidates of {@code claim}: those a search found, then the pending claims it did not find but would have
     * found had they been searchable (the same stance or a type weighed by polarity, or a type the claim can
     * contradict; by a vector search, only a claim stored with an embedding and at least as close as could matter,
     * with the cosine measured here). A pending claim the search did find is kept once, with the cosine the search
     * measured.
     *
     * @param byEmbedding whether the search was a vector search
     */
    public List<EarlierClaim> candidatesFor(TrackedClaim claim, List<EarlierClaim> searched, boolean byEmbedding) {
        Map<String, EarlierClaim> merged = new LinkedHashMap<>();
        searched.forEach(candidate -> merged.putIfAbsent(candidate.claim().claimId(), candidate));
        Set<ClaimType> contradicting = PropositionMatcher.contradictingTypes(claim.type());
        Set<ClaimType> byPolarity = PropositionMatcher.polarityTypes(claim.type());
        double norm = byEmbedding ? norm(claim.embedding()) : 0;
        for (Pending pending : claims.values()) {
            TrackedClaim earlier = pending.stored().claim();
            boolean sameProposition = earlier.stance() == claim.stance() || byPolarity.contains(earlier.type());
            if (merged.containsKey(earlier.claimId())
                    || !sameProposition && !contradicting.contains(earlier.type())) {
                continue;
            }
            if (!byEmbedding) {
                merged.put(earlier.claimId(), pending.stored());
            } else if (norm > 0 && pending.norm() > 0 && earlier.embedding().length == claim.embedding().length) {
                double threshold = sameProposition ? thresholds.sameCosine() : thresholds.opposingCosine();
                double norms = norm * pending.norm();
                // Most pending claims are far from the claim: a quick estimate rules them out, and only the others
                // get the exact cosine, the same value as always.
                if (quickDot(claim.embedding(), earlier.embedding()) < (threshold - ESTIMATE_SLACK) * norms) {
                    continue;
                }
                double cosine = dot(claim.embedding(), earlier.embedding()) / norms;
                if (cosine >= threshold) {
                    merged.put(earlier.claimId(), new EarlierClaim(earlier, pending.stored().clusterId(), cosine));
                }
            }
        }
        return new ArrayList<>(merged.values());
    }

    private static double norm(float[] vector) {
        return Math.sqrt(dot(vector, vector));
    }

    /**
     * The dot product summed in four independent lanes, which the CPU adds in parallel: it differs from
     * {@link #dot} only by rounding, far less than {@link #ESTIMATE_SLACK} times the norms.
     */
    static double quickDot(float[] a, float[] b) {
        double lane0 = 0;
        double lane1 = 0;
        double lane2 = 0;
        double lane3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            lane0 += a[i] * b[i];
            lane1 += a[i + 1] * b[i + 1];
            lane2 += a[i + 2] * b[i + 2];
            lane3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            lane0 += a[i] * b[i];
        }
        return (lane0 + lane1) + (lane2 + lane3);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** A pending claim with its embedding's norm, measured once. */
    private record Pending(EarlierClaim stored, double norm) {
    }
}
