package com.claimwire.search.alerts;

/**
 * The body of a rule creation or update.
 *
 * @param name what the rule watches
 * @param query free text in simple query syntax, may be {@code null}
 * @param conditions structured conditions, may be {@code null}
 * @param webhook where alerts are also POSTed, may be {@code null}
 */
record RuleRequest(String name, String query, AlertRule.Conditions conditions, AlertRule.Webhook webhook) {

    AlertRule toRule(String id, long revision) {
        return new AlertRule(id, revision, name, query, conditions, webhook);
    }
}
