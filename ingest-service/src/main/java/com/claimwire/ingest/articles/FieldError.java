package com.claimwire.ingest.articles;

/**
 * One thing wrong with a submitted article.
 *
 * @param field JSON path of the field, e.g. {@code title} or {@code [3].url} in a batch
 * @param message what is wrong, in words a publisher can act on
 */
public record FieldError(String field, String message) {
}
