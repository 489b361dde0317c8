package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimExtracted;
import java.util.List;

/**
 * Relates incoming claims to the claims seen before them, before they are indexed. Called by the claim
 * indexer with each batch, in partition order.
 */
public interface ClaimTracking {

    /**
     * One result per claim, in the same order. A claim that was tracked before (a re-delivery) gets its
     * stored result back unchanged, so a replay never changes a status or counts a report twice.
     */
    List<TrackingResult> track(List<ClaimExtracted> claims);
}
