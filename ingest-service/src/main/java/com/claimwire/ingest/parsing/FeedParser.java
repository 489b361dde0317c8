package com.claimwire.ingest.parsing;

import com.claimwire.ingest.parsing.feeds.FeedDocuments;

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 documents. Thread-safe and stateless: one instance
 * can serve every feed.
 *
 * <p><b>Why our own parser over StAX rather than ROME.</b> ROME either rejects every DOCTYPE (and with it the
 * legitimate Netscape RSS 0.91 feeds) or, with DOCTYPEs allowed, relies on the JDK's entity limits to stop an
 * expansion attack after the parser has started doing the work. Here the input is sanitised before any parser
 * sees it: the DOCTYPE and its internal subset are removed, so no entity is ever declared, expanded or fetched;
 * HTML entities that feeds use without a DTD become character references; and the JDK StAX parser then runs
 * with DTD support, external entities and external access switched off and a resolver that refuses everything.
 * Billion laughs and quadratic blowup are therefore neutralised in linear time (their references stay literal
 * text), and an RSS 0.91 feed with its DOCTYPE parses like any other. Owning the mapping also lets us handle
 * real-world mess ROME is strict about: feeds that are not well-formed get a second, forgiving pass (jsoup's XML
 * tree builder, which never reads DTDs), undeclared namespace prefixes, mislabelled encodings, and dates in the
 * dozens of formats feeds actually use. JSON Feeds are read with Jackson.
 */
public class FeedParser {

    /** Larger documents are refused outright; real feeds are far smaller. */
    public static final int MAX_FEED_BYTES = 32 * 1024 * 1024;

    public ParsedFeed parse(byte[] content, String sourceUrl) throws FeedParseException {
        if (content == null || content.length == 0) {
            throw new FeedParseException("empty document");
        }
        if (content.length > MAX_FEED_BYTES) {
            throw new FeedParseException("document too large: " + content.length + " bytes (limit "
                    + MAX_FEED_BYTES + ")");
        }
        try {
            return FeedDocuments.parse(content, sourceUrl);
        } catch (RuntimeException unexpected) {
            // A contract for callers polling hundreds of feeds: whatever a document does, it fails alone and says so.
            throw new FeedParseException("unreadable feed (" + unexpected.getClass().getSimpleName() + ": "
                    + unexpected.getMessage() + ")", unexpected);
        }
    }
}
