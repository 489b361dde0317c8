package com.claimwire.ingest.parsing;

import java.util.List;

/**
 * A feed reduced to what ingest needs, whatever its wire format.
 *
 * @param format wire format and version, e.g. {@code rss2.0}, {@code rss1.0}, {@code rss0.91},
 *               {@code atom1.0}, {@code atom0.3}, {@code json1.1}
 * @param title  the feed's title, or {@code null}
 * @param items  the feed's items in document order
 */
public record ParsedFeed(String format, String title, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
