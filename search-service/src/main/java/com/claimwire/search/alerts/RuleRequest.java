package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertConditions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a rule creation or update.
 *
 * @param name what the rule watches
 * @param query free text in simple query syntax, may be {@code null}
 * @param conditions structured conditions, may be {@code null}
 * @param webhook where alerts are also POSTed, may be {@code null}
 */
record RuleRequest(String name, String query, AlertConditions conditions, Webhook webhook) {

    static final int MIN_SECRET_LENGTH = 16;

    /**
     * A webhook as the client sends it: the only place a secret is ever in the clear, on its way to being sealed.
     *
     * @param url an absolute http(s) URL
     * @param secret the key alerts are signed with (HMAC-SHA256)
     */
    record Webhook(URI url, String secret) {

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=(hidden)]";
        }
    }

    /**
     * The rule this request asks for, its webhook secret sealed by {@code cipher}.
     *
     * @throws InvalidAlertRuleException naming every problem of the request
     */
    AlertRule toRule(String id, long revision, SecretCipher cipher) {
        List<String> problems = new ArrayList<>();
        AlertRule.Webhook sealed = null;
        if (webhook != null) {
            if (webhook.secret() == null || webhook.secret().length() < MIN_SECRET_LENGTH) {
                problems.add("webhook.secret must be at least " + MIN_SECRET_LENGTH + " characters");
            }
            sealed = new AlertRule.Webhook(webhook.url(),
                    problems.isEmpty() ? cipher.seal(id, webhook.secret()) : "(not sealed)");
        }
        AlertRule rule = new AlertRule(id, revision, name, query, conditions, sealed);
        problems.addAll(0, rule.problems());
        if (!problems.isEmpty()) {
            throw new InvalidAlertRuleException(problems);
        }
        return rule;
    }
}
