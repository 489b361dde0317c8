package com.claimwire.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An article taken in by ingest, normalised and de-duplicated, on its way to analysis.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param id stable article id, derived from the canonical URL unless the publisher gave one
 * @param version 1 for the first copy; a changed article is republished with the next version
 * @param url the URL as received
 * @param canonicalUrl normalised URL (lower-case host, no fragment, no tracking parameters)
 * @param title headline
 * @param body plain text of the article
 * @param publishedAt when the publisher says it was published, may be {@code null}
 * @param source outlet or feed that supplied it, may be {@code null}
 * @param language ISO 639-1 code, may be {@code null} when unknown
 * @param tags tags of the feed it came from
 * @param duplicateOf id of the first copy when this one is a near duplicate (syndicated wire copy), else
 *     {@code null}
 * @param contentHash hash of the normalised title and body, to tell an unchanged re-delivery from an update
 * @param receivedAt when ingest accepted it
 */
public record ArticleReceived(
        int schemaVersion,
        String id,
        int version,
        String url,
        String canonicalUrl,
        String title,
        String body,
        Instant publishedAt,
        String source,
        String language,
        List<String> tags,
        String duplicateOf,
        String contentHash,
        Instant receivedAt) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public ArticleReceived {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public List<String> violations() {
        return new Violations().text("id", id).positive("version", version).text("url", url).present("body", body)
                .present("receivedAt", receivedAt).list();
    }
}
