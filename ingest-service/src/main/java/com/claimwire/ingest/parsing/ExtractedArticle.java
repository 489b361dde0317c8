package com.claimwire.ingest.parsing;

import java.time.Instant;

/**
 * The article found in an HTML page. Every field except {@code body} may be {@code null}.
 *
 * @param title        headline
 * @param body         main text without boilerplate, paragraphs separated by blank lines
 * @param byline       author name(s) as printed
 * @param publishedAt  publication time
 * @param canonicalUrl the page's canonical URL, absolute
 * @param language     ISO 639-1 language code, e.g. {@code en}
 */
public record ExtractedArticle(String title, String body, String byline, Instant publishedAt,
                               String canonicalUrl, String language) {
}
