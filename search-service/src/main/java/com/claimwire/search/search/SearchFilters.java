package com.claimwire.search.search;

import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.List;

/**
 * Filters on a search. Values within one filter are alternatives (any of them matches); different filters must
 * all match. Empty lists and {@code null} bounds filter nothing.
 *
 * @param speakers canonical speaker names
 * @param speakerKinds kinds of speaker
 * @param types claim types (for articles: articles with a claim of that type)
 * @param statuses tracking statuses (claims only)
 * @param entities canonical entity names
 * @param topics topic codes
 * @param sources outlets
 * @param languages ISO 639-1 codes
 * @param from earliest publication time, inclusive
 * @param to latest publication time, exclusive
 */
public record SearchFilters(
        List<String> speakers,
        List<SpeakerKind> speakerKinds,
        List<ClaimType> types,
        List<TrackingStatus> statuses,
        List<String> entities,
        List<String> topics,
        List<String> sources,
        List<String> languages,
        Instant from,
        Instant to) {

    /** No filter at all. */
    public static final SearchFilters NONE =
            new SearchFilters(null, null, null, null, null, null, null, null, null, null);

    public SearchFilters {
        speakers = copy(speakers);
        speakerKinds = copy(speakerKinds);
        types = copy(types);
        statuses = copy(statuses);
        entities = copy(entities);
        topics = copy(topics);
        sources = copy(sources);
        languages = copy(languages);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidSearchRequestException("from", "from (" + from + ") must be before to (" + to + ")");
        }
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.toString().isBlank()).toList();
    }
}
