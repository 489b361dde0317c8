package com.claimwire.search.search;

/**
 * A keyword search over articles or claims.
 *
 * @param text free text in simple query syntax ({@code "exact phrase"}, {@code -exclude}, {@code a | b}); blank for
 *     everything
 * @param filters what to restrict the results to
 * @param order result order
 * @param size results per page
 * @param cursor where the previous page ended, or {@code null} for the first page
 * @param interval bucket width of the date histogram, or {@code null} to fit the searched date range
 * @param facetSize values per facet
 */
public record SearchQuery(
        String text,
        SearchFilters filters,
        ResultOrder order,
        int size,
        SearchCursor cursor,
        HistogramInterval interval,
        int facetSize) {

    /** Longest accepted free text. */
    public static final int MAX_TEXT_LENGTH = 1_000;
    /** Largest page. */
    public static final int MAX_SIZE = 100;
    /** Most values per facet. */
    public static final int MAX_FACET_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSearchRequestException("q", "q is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        filters = filters == null ? SearchFilters.NONE : filters;
        order = order == null ? ResultOrder.RELEVANCE : order;
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchRequestException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (cursor != null && cursor.order() != order) {
            throw new InvalidSearchRequestException("cursor",
                    "the cursor continues a " + cursor.order() + " search, not a " + order + " one");
        }
        if (facetSize < 1 || facetSize > MAX_FACET_SIZE) {
            throw new InvalidSearchRequestException("facetSize", "facetSize must be between 1 and " + MAX_FACET_SIZE);
        }
    }

    /** This search with the histogram bucket width {@code chosen}. */
    SearchQuery withInterval(HistogramInterval chosen) {
        return new SearchQuery(text, filters, order, size, cursor, chosen, facetSize);
    }
}
