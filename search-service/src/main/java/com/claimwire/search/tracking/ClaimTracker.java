package com.claimwire.search.tracking;

import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relates one claim to the claims tracked before it: which cluster it joins (claims stating the same proposition
 * with the same stance), which earlier claims contradict it, and so its status.
 *
 * <p>The status says the most a newsroom needs to know first: a {@code REVERSAL} when the same actor earlier said
 * the opposite, else {@code DISPUTED} when someone else says the opposite, else {@code REPEATED} when the
 * proposition was stated before, else {@code NEW}. The cluster and the opposing claims are kept whatever the
 * status, so a disputed repeat still counts in its cluster.
 */
public final class ClaimTracker {

    /** Opposing claims kept per claim; the earliest ones, which matter most for a reversal. */
    static final int MAX_OPPOSING = 20;

    private static final Comparator<TrackedClaim> BY_TIME = Comparator
            .comparing(TrackedClaim::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TrackedClaim::claimId);

    private final PropositionMatcher matcher;

    public ClaimTracker(TrackingThresholds thresholds) {
        this.matcher = new PropositionMatcher(thresholds);
    }

    /**
     * A claim tracked before, with the cluster it joined.
     *
     * @param cosine the embedding cosine between it and the claim being tracked when the store already measured
     *     it (a vector search does, without handing back the vector), else {@code null}
     */
    public record EarlierClaim(TrackedClaim claim, String clusterId, Double cosine) {

        /** An earlier claim whose closeness is measured from its own embedding or text. */
        public EarlierClaim(TrackedClaim claim, String clusterId) {
            this(claim, clusterId, null);
        }
    }

    /** The tracking result of a claim, and its cluster with the claim counted. */
    public record Decision(TrackingResult result, ClusterSummary cluster) {
    }

    /**
     * Tracks {@code claim} against {@code earlier} claims.
     *
     * @param clusters the current summary of every cluster an earlier claim belongs to
     */
    public Decision decide(TrackedClaim claim, List<EarlierClaim> earlier, Map<String, ClusterSummary> clusters) {
        EarlierClaim closest = null;
        double closestCloseness = -1;
        List<TrackedClaim> opposing = new ArrayList<>();
        for (EarlierClaim candidate : earlier) {
            if (candidate.claim().claimId().equals(claim.claimId())) {
                continue;
            }
            PropositionMatcher.Match match = matcher.compare(claim, candidate.claim(), candidate.cosine());
            switch (match.relation()) {
                case SAME -> {
                    if (match.closeness() > closestCloseness) {
                        closest = candidate;
                        closestCloseness = match.closeness();
                    }
                }
                case OPPOSING -> opposing.add(candidate.claim());
                case UNRELATED -> { }
            }
        }
        ClusterSummary cluster = closest == null
                ? ClusterSummary.startedBy(claim)
                : clusterOf(closest, clusters).plus(claim);
        opposing.sort(BY_TIME);
        List<String> kept = opposing.stream().map(TrackedClaim::claimId).distinct().limit(MAX_OPPOSING).toList();
        TrackingResult result = new TrackingResult(claim.claimId(), status(claim, closest != null, opposing),
                cluster.clusterId(), cluster.firstSeenAt(), cluster.firstSource(), cluster.reports(),
                cluster.outlets().size(), kept);
        return new Decision(result, cluster);
    }

    /**
     * The clusters {@code claim} could join: those of the {@code earlier} claims stating the same proposition. Only
     * their summaries are needed to {@linkplain #decide decide} it.
     */
    public Set<String> joinableClusters(TrackedClaim claim, List<EarlierClaim> earlier) {
        Set<String> clusterIds = new HashSet<>();
        for (EarlierClaim candidate : earlier) {
            if (!candidate.claim().claimId().equals(claim.claimId())
                    && matcher.compare(claim, candidate.claim(), candidate.cosine()).relation()
                            == PropositionMatcher.Relation.SAME) {
                clusterIds.add(candidate.clusterId());
            }
        }
        return clusterIds;
    }

    private static ClusterSummary clusterOf(EarlierClaim closest, Map<String, ClusterSummary> clusters) {
        ClusterSummary summary = clusters.get(closest.clusterId());
        if (summary == null) {
            throw new IllegalArgumentException("no summary of cluster " + closest.clusterId()
                    + " of earlier claim " + closest.claim().claimId());
        }
        return summary;
    }

    private static TrackingStatus status(
            TrackedClaim claim, boolean repeated, List<TrackedClaim> opposing) {
        if (opposing.stream().anyMatch(earlier -> reverses(claim, earlier))) {
            return TrackingStatus.REVERSAL;
        }
        if (opposing.stream().anyMatch(earlier -> !Actors.same(claim, earlier))) {
            return TrackingStatus.DISPUTED;
        }
        return repeated ? TrackingStatus.REPEATED : TrackingStatus.NEW;
    }

    /**
     * The same actor said the opposite in an earlier article. Not within one article (a report that recounts
     * yesterday's denial next to today's admission is not a new reversal), and not in a syndicated copy,
     * which re-publishes what was said rather than saying it again.
     */
    private static boolean reverses(TrackedClaim claim, TrackedClaim earlier) {
        if (claim.duplicateOf() != null || !Actors.same(claim, earlier)
                || claim.articleId() != null && claim.articleId().equals(earlier.articleId())) {
            return false;
        }
        return isBefore(earlier.publishedAt(), claim.publishedAt());
    }

    private static boolean isBefore(Instant earlier, Instant later) {
        // Without both times, the claim tracked first is taken as said first.
        return earlier == null || later == null || earlier.isBefore(later);
    }
}
