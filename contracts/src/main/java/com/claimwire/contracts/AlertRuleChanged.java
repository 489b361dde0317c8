package com.claimwire.contracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The current definition of an alert rule. The latest record per rule id on a compacted topic is the rule set that
 * every search-service instance matches claims against; a tombstone (no value) deletes the rule.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param ruleId stable rule id
 * @param revision increases with every change, so that an older definition never replaces a newer one
 * @param name what the rule watches, for people
 * @param query free text in simple query syntax, may be {@code null}
 * @param speakers speaker names, any of which matches
 * @param speakerKinds speaker kinds, any of which matches
 * @param speakerRoles phrases of which any must occur in the speaker's role ("foreign minister", "head of state")
 * @param claimTypes claim types, any of which matches
 * @param statuses tracking statuses, any of which matches
 * @param entities entity names, any of which matches
 * @param topics topic codes, any of which matches
 * @param sources outlets, any of which matches
 * @param languages ISO 639-1 codes, any of which matches
 * @param webhookUrl where alerts are POSTed, may be {@code null}
 * @param webhookSecret the key alerts POSTed to the webhook are signed with, present when the URL is
 * @param changedAt when this revision was written
 */
public record AlertRuleChanged(
        int schemaVersion,
        String ruleId,
        long revision,
        String name,
        String query,
        List<String> speakers,
        List<SpeakerKind> speakerKinds,
        List<String> speakerRoles,
        List<ClaimType> claimTypes,
        List<TrackingStatus> statuses,
        List<String> entities,
        List<String> topics,
        List<String> sources,
        List<String> languages,
        String webhookUrl,
        String webhookSecret,
        Instant changedAt) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public AlertRuleChanged {
        speakers = copy(speakers);
        speakerKinds = copy(speakerKinds);
        speakerRoles = copy(speakerRoles);
        claimTypes = copy(claimTypes);
        statuses = copy(statuses);
        entities = copy(entities);
        topics = copy(topics);
        sources = copy(sources);
        languages = copy(languages);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    @Override
    public String key() {
        return ruleId;
    }

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        if (ruleId == null || ruleId.isBlank()) {
            problems.add("ruleId is missing");
        }
        if (name == null || name.isBlank()) {
            problems.add("name is missing");
        }
        if (revision < 1) {
            problems.add("revision must be at least 1");
        }
        if (webhookUrl != null && (webhookSecret == null || webhookSecret.isBlank())) {
            problems.add("webhookSecret is missing for the webhook");
        }
        return problems;
    }
}
