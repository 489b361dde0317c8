package com.claimwire.ingest.parsing;

import java.time.Instant;

/**
 * One entry of a feed. Every field may be {@code null} when the feed does not carry it.
 *
 * @param title       title as the feed gives it (HTML-typed Atom titles keep their markup)
 * @param url         absolute link to the article, resolved against the feed URL
 * @param publishedAt publication time (falls back to the update time)
 * @param summary     the item's summary or description as given (may contain HTML)
 * @param guid        the feed's own identifier for the item
 * @param contentHtml full content when the feed carries it (content:encoded, atom:content, content_html)
 */
public record FeedItem(String title, String url, Instant publishedAt, String summary, String guid,
                       String contentHtml) {
}
