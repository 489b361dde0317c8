package com.claimwire.search.alerts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one alert (one rule, cluster and window) and what a further match of a claim does to it. A claim is
 * counted once however often it is delivered; the claim that raised the alert raises it again when re-delivered, so
 * that an alert stored before a crash is still published.
 *
 * @param triggerClaimId the claim that raised the alert
 * @param matchedClaimIds every claim counted so far, the trigger first (at most {@link #REMEMBERED} of them)
 * @param furtherMatches how many claims matched after the trigger
 */
record AlertLedger(String triggerClaimId, List<String> matchedClaimIds, int furtherMatches) {

    /** Claims remembered per alert for deduplication; beyond that, further matches are counted without it. */
    static final int REMEMBERED = 1_000;

    AlertLedger {
        matchedClaimIds = List.copyOf(matchedClaimIds);
    }

    /** What to do with a match. */
    enum Outcome {
        /** No alert yet: raise it, publish and deliver. */
        RAISE,
        /** The triggering claim again: the alert exists, publish it again (consumers deduplicate by alert id). */
        REPUBLISH,
        /** Another claim of the cluster in the window: count it on the alert. */
        COUNT,
        /** A claim already counted: nothing changes. */
        DUPLICATE
    }

    /** A decision and the ledger after it. */
    record Decision(Outcome outcome, AlertLedger ledger) {
    }

    /** The ledger of an alert that {@code claimId} raises. */
    static AlertLedger raisedBy(String claimId) {
        return new AlertLedger(claimId, List.of(claimId), 0);
    }

    /** What a match of {@code claimId} does, given the alert's ledger so far ({@code null} when none exists). */
    static Decision decide(AlertLedger existing, String claimId) {
        if (existing == null) {
            return new Decision(Outcome.RAISE, raisedBy(claimId));
        }
        if (existing.triggerClaimId().equals(claimId)) {
            return new Decision(Outcome.REPUBLISH, existing);
        }
        if (existing.matchedClaimIds().contains(claimId)) {
            return new Decision(Outcome.DUPLICATE, existing);
        }
        Set<String> matched = new LinkedHashSet<>(existing.matchedClaimIds());
        if (matched.size() < REMEMBERED) {
            matched.add(claimId);
        }
        return new Decision(Outcome.COUNT,
                new AlertLedger(existing.triggerClaimId(), List.copyOf(matched), existing.furtherMatches() + 1));
    }
}
