package com.claimwire.search.tracking;

import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.List;

/**
 * Where a claim stands among earlier claims: stored on the claim document under {@code tracking}.
 *
 * @param claimId the claim
 * @param status NEW, REPEATED, REVERSAL or DISPUTED
 * @param clusterId the cluster of claims stating the same proposition (the id of its first claim)
 * @param firstSeenAt when the cluster's first claim was published
 * @param firstSource the outlet of the cluster's first claim
 * @param reports how many claims the cluster held once this one was added
 * @param outlets how many distinct outlets reported the cluster once this one was added
 * @param opposingClaimIds earlier claims that take the opposite stance on the same proposition
 */
public record TrackingResult(
        String claimId,
        TrackingStatus status,
        String clusterId,
        Instant firstSeenAt,
        String firstSource,
        int reports,
        int outlets,
        List<String> opposingClaimIds) {

    public TrackingResult {
        opposingClaimIds = opposingClaimIds == null ? List.of() : List.copyOf(opposingClaimIds);
    }
}
