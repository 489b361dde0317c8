package com.claimwire.ingest.parsing.feeds;

import com.claimwire.ingest.parsing.FeedParseException;
import com.claimwire.ingest.parsing.ParsedFeed;
import java.util.Locale;

/** Tells JSON from XML feeds and XML feed formats apart, and hands each to its reader. */
public final class FeedDocuments {

    private FeedDocuments() {
    }

    public static ParsedFeed parse(byte[] content, String sourceUrl) throws FeedParseException {
        String text = XmlSanitizer.decode(content);
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.isEmpty()) {
            throw new FeedParseException("empty document");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return JsonFeedReader.read(start, sourceUrl);
        }
        if (!start.startsWith("<")) {
            throw new FeedParseException("neither XML nor JSON: document starts with '"
                    + start.substring(0, Math.min(20, start.length())).replaceAll("\\s+", " ") + "'");
        }
        XmlElement root;
        try {
            root = XmlTreeReader.read(XmlSanitizer.sanitize(text));
        } catch (XmlTreeReader.MalformedXmlException e) {
            throw new FeedParseException(e.getMessage());
        }
        if (RssReader.accepts(root)) {
            return RssReader.read(root, sourceUrl);
        }
        if (AtomReader.accepts(root)) {
            return AtomReader.read(root, sourceUrl);
        }
        String name = root.localName().toLowerCase(Locale.ROOT);
        if (name.equals("html")) {
            throw new FeedParseException("document is an HTML page, not a feed");
        }
        if (name.equals("opml")) {
            throw new FeedParseException("document is an OPML outline (a list of feeds), not a feed");
        }
        throw new FeedParseException("not a feed: root element is <" + root.localName() + ">, expected <rss>, "
                + "<rdf:RDF> or <feed>");
    }
}
