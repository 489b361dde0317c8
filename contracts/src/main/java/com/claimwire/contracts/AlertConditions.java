package com.claimwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * What an alert rule asks of a tracked claim, field by field. Within a condition any listed value matches; an empty
 * list places no condition; all non-empty conditions must hold. Shared by the rule-change event and the search
 * service's rule model, so that the two cannot drift apart.
 *
 * @param speakers speaker names (exact, case-insensitive)
 * @param speakerKinds speaker kinds
 * @param speakerRoles phrases of which one must occur in the speaker's role, e.g. "foreign minister"; group titles
 *     such as "head of state" also match the roles they stand for
 * @param claimTypes claim types
 * @param statuses tracking statuses
 * @param entities entity names (exact, case-insensitive)
 * @param topics topic codes
 * @param sources outlets
 * @param languages ISO 639-1 codes
 */
public record AlertConditions(
        List<String> speakers,
        List<SpeakerKind> speakerKinds,
        List<String> speakerRoles,
        List<ClaimType> claimTypes,
        List<TrackingStatus> statuses,
        List<String> entities,
        List<String> topics,
        List<String> sources,
        List<String> languages) {

    /** No condition at all. */
    public static final AlertConditions NONE = new AlertConditions(null, null, null, null, null, null, null, null, null);

    public AlertConditions {
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

    /** Whether no condition is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return speakers.isEmpty() && speakerKinds.isEmpty() && speakerRoles.isEmpty() && claimTypes.isEmpty()
                && statuses.isEmpty() && entities.isEmpty() && topics.isEmpty() && sources.isEmpty()
                && languages.isEmpty();
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
