package com.claimwire.ingest.fetch;

import java.time.Instant;
import java.util.List;

/**
 * What is known about a page before fetching it (from a feed item), used where the page itself is silent.
 *
 * @param title headline to use when the page has none
 * @param fallbackText article text to use when none can be extracted from the page (a feed's full content)
 * @param publishedAt publication time to use when the page gives none
 * @param source outlet or feed name; the page's host when {@code null}
 * @param tags labels to carry along
 */
public record PageHints(String title, String fallbackText, Instant publishedAt, String source, List<String> tags) {

    public PageHints {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static PageHints none() {
        return new PageHints(null, null, null, null, List.of());
    }
}
