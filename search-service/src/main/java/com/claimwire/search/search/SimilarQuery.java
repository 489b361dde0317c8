package com.claimwire.search.search;

/**
 * A "claims like this sentence" search.
 *
 * @param text the sentence
 * @param k how many claims to return
 * @param hybrid {@code true} to add keyword relevance to semantic similarity, {@code false} for similarity only
 * @param filters what to restrict the results to
 */
public record SimilarQuery(String text, int k, boolean hybrid, SearchFilters filters) {

    /** Most claims returned. */
    public static final int MAX_K = 100;

    public SimilarQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidSearchRequestException("text", "text is required");
        }
        text = text.strip();
        if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new InvalidSearchRequestException("text", "text is longer than " + SearchQuery.MAX_TEXT_LENGTH
                    + " characters");
        }
        if (k < 1 || k > MAX_K) {
            throw new InvalidSearchRequestException("k", "k must be between 1 and " + MAX_K);
        }
        filters = filters == null ? SearchFilters.NONE : filters;
    }
}
