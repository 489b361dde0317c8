package com.claimwire.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A feed registered with ingest for polling: the latest record per feed id on a compacted topic is the
 * registry, shared by every ingest instance and kept across restarts. A deleted feed is a tombstone
 * (a record with the feed id as key and no value).
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param id stable feed id, derived from the feed's canonical URL
 * @param url the feed's URL
 * @param pollIntervalSeconds how often to poll it, in seconds, before adapting to how often it changes
 * @param tags labels carried onto every article from this feed
 * @param registeredAt when it was registered
 */
public record FeedRegistered(
        int schemaVersion,
        String id,
        String url,
        long pollIntervalSeconds,
        List<String> tags,
        Instant registeredAt) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public FeedRegistered {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public List<String> violations() {
        return new Violations().text("id", id).text("url", url).positive("pollIntervalSeconds", pollIntervalSeconds)
                .present("registeredAt", registeredAt).list();
    }
}
