package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimExtracted;

/**
 * Published once when a claim is tracked for the first time (never for a re-delivery), after its tracking is
 * stored, for live feeds.
 *
 * @param claim the claim event
 * @param result where it stands among earlier claims
 */
public record NewClaimTracked(ClaimExtracted claim, TrackingResult result) {
}
