package com.claimwire.ingest.articles;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What ingest did with one article.
 *
 * @param id the article id
 * @param status {@code accepted} (new, published), {@code updated} (changed, published as the next version)
 *     or {@code duplicate} (same URL and content as already published, not republished)
 * @param version the version published, or already published for a duplicate
 * @param duplicateOf id of the first copy when the body nearly duplicates another article's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeResult(String id, String status, int version, String duplicateOf) {

    public static final String ACCEPTED = "accepted";
    public static final String UPDATED = "updated";
    public static final String DUPLICATE = "duplicate";
}
