package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertConditions;
import com.claimwire.contracts.AlertRuleChanged;
import java.net.URI;
import java.time.Instant;

/**
 * An alert rule as stored in Elasticsearch, with when it was written and the last error it raised while matching.
 * The webhook secret is stored sealed, never in the clear.
 *
 * @param id rule id
 * @param revision increases with every change
 * @param name what the rule watches
 * @param query free text, may be {@code null}
 * @param conditions structured conditions
 * @param webhookUrl webhook target, may be {@code null}
 * @param webhookSecret the webhook's signing key sealed by {@link SecretCipher}, may be {@code null}
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
        AlertConditions conditions,
        String webhookUrl,
        String webhookSecret,
        Instant createdAt,
        Instant updatedAt,
        String matchError,
        Instant matchErrorAt) {

    static RuleDocument of(AlertRule rule, Instant createdAt, Instant updatedAt) {
        var webhook = rule.webhook();
        return new RuleDocument(rule.id(), rule.revision(), rule.name(), rule.query(), rule.conditions(),
                webhook == null ? null : webhook.url().toString(), webhook == null ? null : webhook.sealedSecret(),
                createdAt, updatedAt, null, null);
    }

    AlertRule rule() {
        return new AlertRule(id, revision, name, query, conditions,
                webhookUrl == null ? null : new AlertRule.Webhook(URI.create(webhookUrl), webhookSecret));
    }

    /** The change event that tells every instance about this revision: the secret travels sealed. */
    AlertRuleChanged changed() {
        return new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, id, revision, name, query, conditions, webhookUrl,
                webhookSecret, updatedAt);
    }

    /**
     * The rule a change event carries. A version-1 event carried the webhook secret in the clear: it is sealed here,
     * before the rule is held anywhere.
     */
    static AlertRule ruleOf(AlertRuleChanged changed, SecretCipher cipher) {
        String sealedSecret = changed.webhookSecret() == null || changed.webhookSecretSealed() ? changed.webhookSecret()
                : cipher.seal(changed.ruleId(), changed.webhookSecret());
        return new AlertRule(changed.ruleId(), changed.revision(), changed.name(), changed.query(), changed.conditions(),
                changed.webhookUrl() == null ? null : new AlertRule.Webhook(URI.create(changed.webhookUrl()), sealedSecret));
    }
}
