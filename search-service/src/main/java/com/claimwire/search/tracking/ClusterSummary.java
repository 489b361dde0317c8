package com.claimwire.search.tracking;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The claims stating one proposition so far.
 *
 * @param clusterId the id of the cluster's first claim
 * @param firstSeenAt the earliest publication time among its claims
 * @param firstSource the outlet of that earliest claim, may be {@code null}
 * @param reports how many claims it holds
 * @param outlets the distinct outlets that reported it
 */
public record ClusterSummary(String clusterId, Instant firstSeenAt, String firstSource, int reports, Set<String> outlets) {

    public ClusterSummary {
        outlets = Set.copyOf(outlets);
    }

    /** A cluster holding only {@code claim}. */
    static ClusterSummary startedBy(TrackedClaim claim) {
        return startedBy(claim.claimId(), claim);
    }

    /** Cluster {@code clusterId} as counted from {@code claim} alone. */
    static ClusterSummary startedBy(String clusterId, TrackedClaim claim) {
        return new ClusterSummary(clusterId, claim.publishedAt(), claim.source(), 1, outletsOf(claim));
    }

    /** This cluster with {@code claim} added. */
    ClusterSummary plus(TrackedClaim claim) {
        Set<String> more = new HashSet<>(outlets);
        more.addAll(outletsOf(claim));
        boolean earlier = claim.publishedAt() != null
                && (firstSeenAt == null || claim.publishedAt().isBefore(firstSeenAt));
        return new ClusterSummary(clusterId,
                earlier ? claim.publishedAt() : firstSeenAt,
                earlier ? claim.source() : firstSource,
                reports + 1, more);
    }

    private static Set<String> outletsOf(TrackedClaim claim) {
        return claim.source() == null ? Set.of() : Set.of(claim.source());
    }
}
