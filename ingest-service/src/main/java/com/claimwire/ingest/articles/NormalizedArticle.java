package com.claimwire.ingest.articles;

import java.time.Instant;
import java.util.List;

/**
 * An article with its identity settled: canonical URL, stable id and a hash of its content.
 *
 * @param id stable article id
 * @param url URL as received
 * @param canonicalUrl see {@link UrlCanonicalizer}
 * @param title headline, whitespace tidied
 * @param body plain text, line endings and control characters tidied
 * @param contentHash SHA-256 (hex) of title and body with whitespace collapsed
 * @param publishedAt publication time, may be {@code null}
 * @param source outlet or feed, may be {@code null}
 * @param language ISO 639-1 code, may be {@code null}
 * @param tags labels of the feed it came from
 */
public record NormalizedArticle(
        String id,
        String url,
        String canonicalUrl,
        String title,
        String body,
        String contentHash,
        Instant publishedAt,
        String source,
        String language,
        List<String> tags) {
}
