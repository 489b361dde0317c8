package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertRaised;
import java.time.Instant;
import java.util.List;

/**
 * An alert as stored: the raised event, its deduplication ledger, and the fields alerts are filtered by.
 *
 * @param alertId rule, cluster and window, hashed
 * @param ruleId the rule
 * @param ruleName the rule's name when raised
 * @param clusterId the claim cluster
 * @param windowStart the start of the deduplication window
 * @param raisedAt when the alert was raised
 * @param lastMatchAt when a claim last matched
 * @param furtherMatches claims that matched after the trigger
 * @param triggerClaimId the claim that raised the alert
 * @param matchedClaimIds the claims counted so far
 * @param status the trigger's tracking status
 * @param claimType the trigger's type
 * @param speaker the trigger's speaker
 * @param speakerKind the trigger's speaker kind
 * @param source the trigger's outlet
 * @param claimedAt when the trigger was published
 * @param event the alert as published
 */
record AlertDocument(
        String alertId,
        String ruleId,
        String ruleName,
        String clusterId,
        Instant windowStart,
        Instant raisedAt,
        Instant lastMatchAt,
        int furtherMatches,
        String triggerClaimId,
        List<String> matchedClaimIds,
        String status,
        String claimType,
        String speaker,
        String speakerKind,
        String source,
        Instant claimedAt,
        AlertRaised event) {

    static AlertDocument of(AlertRaised alert, String clusterId, AlertLedger ledger, Instant lastMatchAt) {
        var trigger = alert.trigger();
        var claim = trigger.extracted().claim();
        var speaker = claim.speaker();
        return new AlertDocument(alert.alertId(), alert.ruleId(), alert.ruleName(), clusterId, alert.windowStart(),
                alert.raisedAt(), lastMatchAt, ledger.furtherMatches(), ledger.triggerClaimId(),
                ledger.matchedClaimIds(), trigger.status().name(), claim.type().name(),
                speaker == null ? null : speaker.name(),
                speaker == null || speaker.kind() == null ? null : speaker.kind().name(),
                trigger.extracted().source(), trigger.claimedAt(), alert);
    }

    AlertLedger ledger() {
        return new AlertLedger(triggerClaimId, matchedClaimIds == null ? List.of(triggerClaimId) : matchedClaimIds,
                furtherMatches);
    }

    AlertDocument counted(AlertLedger next, Instant at) {
        return new AlertDocument(alertId, ruleId, ruleName, clusterId, windowStart, raisedAt, at,
                next.furtherMatches(), next.triggerClaimId(), next.matchedClaimIds(), status, claimType, speaker,
                speakerKind, source, claimedAt, event);
    }
}
