package com.claimwire.contracts;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current definition of an alert rule. The latest record per rule id on a compacted topic is the rule set that
 * every search-service instance matches claims against; a tombstone (no value) deletes the rule.
 *
 * <p>Version 2 nests the conditions in {@link AlertConditions} and carries the webhook secret sealed (encrypted by
 * the search service with the key all its instances share), never the secret itself. Version-1 records, which stay
 * on the compacted topic until their rule changes, are still read: their flat condition fields are moved into
 * {@code conditions}, and their {@code webhookSecret} is the secret itself (see {@link #webhookSecretSealed()}).
 *
 * @param schemaVersion the version the record was written with: {@link #SCHEMA_VERSION}, or 1 for an older record
 * @param ruleId stable rule id
 * @param revision increases with every change, so that an older definition never replaces a newer one
 * @param name what the rule watches, for people
 * @param query free text in simple query syntax, may be {@code null}
 * @param conditions structured conditions on claim fields
 * @param webhookUrl where alerts are POSTed, may be {@code null}
 * @param webhookSecret the key alerts POSTed to the webhook are signed with, sealed (see {@link #webhookSecretSealed()});
 *     present when the URL is
 * @param changedAt when this revision was written
 */
public record AlertRuleChanged(
        int schemaVersion,
        String ruleId,
        long revision,
        String name,
        String query,
        AlertConditions conditions,
        String webhookUrl,
        String webhookSecret,
        Instant changedAt) implements Event {

    public static final int SCHEMA_VERSION = 2;

    /** The condition fields that version 1 wrote at the top level. */
    private static final List<String> VERSION_1_CONDITION_FIELDS = List.of("speakers", "speakerKinds", "speakerRoles",
            "claimTypes", "statuses", "entities", "topics", "sources", "languages");

    public AlertRuleChanged {
        conditions = conditions == null ? AlertConditions.NONE : conditions;
    }

    /**
     * Whether {@link #webhookSecret()} is sealed: always from version 2 on; a version-1 record carried the secret
     * itself, which a reader must seal before keeping it anywhere.
     */
    public boolean webhookSecretSealed() {
        return schemaVersion >= 2;
    }

    /** A version-1 record in the shape of this version: its flat condition fields moved into {@code conditions}. */
    static ObjectNode fromVersion1(ObjectNode record) {
        ObjectNode upgraded = record.deepCopy();
        ObjectNode conditions = upgraded.putObject("conditions");
        for (String field : VERSION_1_CONDITION_FIELDS) {
            var value = upgraded.remove(field);
            if (value != null) {
                conditions.set(field, value);
            }
        }
        return upgraded;
    }

    @Override
    public String key() {
        return ruleId;
    }

    @Override
    public List<String> violations() {
        return new Violations().text("ruleId", ruleId).text("name", name).positive("revision", revision)
                .when(webhookUrl != null && (webhookSecret == null || webhookSecret.isBlank()),
                        "webhookSecret is missing for the webhook")
                .list();
    }
}
