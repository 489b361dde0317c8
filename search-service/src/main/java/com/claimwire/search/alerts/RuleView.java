package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertConditions;
import java.time.Instant;

/**
 * An alert rule as the API shows it: never the webhook secret, not even sealed.
 *
 * @param id rule id
 * @param revision increases with every change
 * @param name what the rule watches
 * @param query free text, may be {@code null}
 * @param conditions structured conditions
 * @param webhookUrl webhook target, may be {@code null}
 * @param createdAt when the rule was created
 * @param updatedAt when this revision was written
 * @param matchError the last error the rule raised while matching claims, or {@code null}
 * @param matchErrorAt when that error happened
 */
record RuleView(String id, long revision, String name, String query, AlertConditions conditions,
        String webhookUrl, Instant createdAt, Instant updatedAt, String matchError, Instant matchErrorAt) {

    static RuleView of(RuleDocument rule) {
        return new RuleView(rule.id(), rule.revision(), rule.name(), rule.query(), rule.conditions(),
                rule.webhookUrl(), rule.createdAt(), rule.updatedAt(), rule.matchError(), rule.matchErrorAt());
    }
}
