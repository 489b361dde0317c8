package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertRuleChanged;
import java.net.URI;
import java.time.Instant;

/**
 * An alert rule as stored in Elasticsearch, with when it was written and the last error it raised while matching.
 *
 * @param id rule id
 * @param revision increases with every change
 * @param name what the rule watches
 * @param query free text, may be {@code null}
 * @param conditions structured conditions
 * @param webhookUrl webhook target, may be {@code null}
 * @param webhookSecret the webhook's signing key, may be {@code null}
 * @param createdAt when the rule was created
 * @param updatedAt when this revision was written
 * @param matchError the last error the rule raised while matching claims, or {@code null}
 * @param matchErrorAt when that error happened
 */
record RuleDocument(
        String id,
        long revision,
        String name,
        String query,
        AlertRule.Conditions conditions,
        String webhookUrl,
        String webhookSecret,
        Instant createdAt,
        Instant updatedAt,
        String matchError,
        Instant matchErrorAt) {

    static RuleDocument of(AlertRule rule, Instant createdAt, Instant updatedAt) {
        var webhook = rule.webhook();
        return new RuleDocument(rule.id(), rule.revision(), rule.name(), rule.query(), rule.conditions(),
                webhook == null ? null : webhook.url().toString(), webhook == null ? null : webhook.secret(),
                createdAt, updatedAt, null, null);
    }

    AlertRule rule() {
        return new AlertRule(id, revision, name, query, conditions,
                webhookUrl == null ? null : new AlertRule.Webhook(URI.create(webhookUrl), webhookSecret));
    }

    /** The change event that tells every instance about this revision. */
    AlertRuleChanged changed() {
        var c = conditions == null ? AlertRule.Conditions.NONE : conditions;
        return new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, id, revision, name, query, c.speakers(),
                c.speakerKinds(), c.speakerRoles(), c.claimTypes(), c.statuses(), c.entities(), c.topics(),
                c.sources(), c.languages(), webhookUrl, webhookSecret, updatedAt);
    }

    /** The rule a change event carries. */
    static AlertRule ruleOf(AlertRuleChanged changed) {
        return new AlertRule(changed.ruleId(), changed.revision(), changed.name(), changed.query(),
                new AlertRule.Conditions(changed.speakers(), changed.speakerKinds(), changed.speakerRoles(),
                        changed.claimTypes(), changed.statuses(), changed.entities(), changed.topics(),
                        changed.sources(), changed.languages()),
                changed.webhookUrl() == null ? null
                        : new AlertRule.Webhook(URI.create(changed.webhookUrl()), changed.webhookSecret()));
    }
}
