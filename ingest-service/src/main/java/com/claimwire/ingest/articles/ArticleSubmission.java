package com.claimwire.ingest.articles;

import java.time.Instant;
import java.util.List;

/**
 * An article as a publisher, a feed or a fetched page hands it to ingest, already checked field by field.
 *
 * @param id the publisher's own stable id, or {@code null} to derive one from the canonical URL
 * @param url where the article lives
 * @param title headline
 * @param body plain text
 * @param publishedAt publication time, may be {@code null}
 * @param source outlet or feed name, may be {@code null}
 * @param language ISO 639-1 code, may be {@code null}
 * @param tags labels of the feed it came from
 */
public record ArticleSubmission(
        String id,
        String url,
        String title,
        String body,
        Instant publishedAt,
        String source,
        String language,
        List<String> tags) {

    public ArticleSubmission {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
