package com.claimwire.search.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total how many documents match in all (on a later page: as counted for the first page)
 * @param hits this page's hits
 * @param facets value counts per facet ({@code speakers}, {@code types}, {@code statuses}, {@code entities},
 *     {@code topics}, {@code sources}, {@code speakerKinds}, {@code languages}) and the publication-date histogram
 *     ({@code dates}, bucket start as ISO-8601); only on the first page, later pages leave them empty
 * @param nextCursor pass as {@code cursor} to get the next page; {@code null} on the last page
 */
public record SearchPage<T>(long total, List<T> hits, Map<String, List<FacetCount>> facets, String nextCursor) {

    /** A facet value and how many matching documents have it. */
    public record FacetCount(String value, long count) {
    }
}
