package com.claimwire.ingest.parsing;

/** Parses RSS, Atom and JSON Feed documents. Thread-safe; one instance can serve every feed. */
public class FeedParser {

    public ParsedFeed parse(byte[] content, String sourceUrl) throws FeedParseException {
        throw new FeedParseException("feed parsing is being wired in");
    }
}
