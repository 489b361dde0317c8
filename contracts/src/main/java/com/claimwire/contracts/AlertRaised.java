package com.claimwire.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An alert: a tracked claim matched an alert rule, and no alert of that rule was raised for the claim's cluster in
 * the same window. Keyed by rule id, so a rule's alerts stay ordered.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param alertId derived from rule, cluster and window, so that a re-delivered claim raises the same alert
 * @param ruleId the rule that matched
 * @param ruleName the rule's name when it matched
 * @param windowStart the start of the deduplication window the alert covers
 * @param raisedAt when the alert was raised
 * @param trigger the claim that raised it
 */
public record AlertRaised(
        int schemaVersion,
        String alertId,
        String ruleId,
        String ruleName,
        Instant windowStart,
        Instant raisedAt,
        ClaimTracked trigger) implements Event {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String key() {
        return ruleId;
    }

    @Override
    public List<String> violations() {
        return new Violations().text("alertId", alertId).text("ruleId", ruleId).present("raisedAt", raisedAt)
                .nested("trigger", trigger).list();
    }
}
