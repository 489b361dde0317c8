package com.claimwire.ingest.parsing.feeds;

import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.ATOM_10;
import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.CONTENT;
import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.DUBLIN_CORE;
import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.DUBLIN_CORE_TERMS;
import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.RDF;

import com.claimwire.ingest.parsing.FeedItem;
import com.claimwire.ingest.parsing.ParsedFeed;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** RSS 0.9x and 2.0 ({@code <rss>}) and RSS 0.90 / 1.0 ({@code <rdf:RDF>}). */
final class RssReader {

    /** RSS 0.90 namespaces are spelled with more than one host ({@code my.}, {@code channel.}). */
    private static final String NETSCAPE_RDF_090 = "netscape.com/rdf/simple/0.9";
    private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

    private RssReader() {
    }

    static boolean accepts(XmlElement root) {
        return root.localName().equalsIgnoreCase("rss") || root.is(RDF, "RDF");
    }

    static ParsedFeed read(XmlElement root, String sourceUrl) {
        boolean rdf = root.is(RDF, "RDF");
        Optional<XmlElement> channel = root.children().filter(child -> child.localName().equalsIgnoreCase("channel"))
                .findFirst();
        // Elements of the core vocabulary share the channel's namespace: none for RSS 2.0, the RSS 1.0 or 0.90
        // namespace for RDF, the occasional Userland namespace for odd RSS 2.0 feeds.
        String core = channel.map(XmlElement::namespace).orElse(rdf ? FeedNamespaces.RSS_10 : root.namespace());
        String format = rdf ? (core.contains(NETSCAPE_RDF_090) ? "rss0.90" : "rss1.0") : rssVersion(root);
        String title = channel.flatMap(c -> c.childText(core, "title").or(() -> c.childText(DUBLIN_CORE, "title")))
                .orElse(null);
        Stream<XmlElement> itemElements = Stream.concat(
                root.children(core, "item"),
                channel.stream().flatMap(c -> c.children(core, "item")));
        List<FeedItem> items = itemElements.map(item -> item(item, core, sourceUrl)).toList();
        return new ParsedFeed(format, title, items);
    }

    private static String rssVersion(XmlElement root) {
        String version = root.attribute("version");
        return version == null || version.isBlank() ? "rss" : "rss" + version.strip();
    }

    private static FeedItem item(XmlElement item, String core, String sourceUrl) {
        String base = item.base(sourceUrl);
        String title = first(item.childText(core, "title"), item.childText(DUBLIN_CORE, "title"),
                item.child(ATOM_10, "title").map(AtomReader::textConstruct));
        Optional<XmlElement> guidElement = item.child(core, "guid");
        String guid = first(guidElement.map(XmlElement::text).filter(text -> !text.isEmpty()),
                Optional.ofNullable(item.attribute(RDF, "about")), item.childText(ATOM_10, "id"));
        String link = first(item.childText(core, "link"), AtomReader.alternateLink(item, ATOM_10),
                guidElement.filter(RssReader::isPermalink).map(XmlElement::text));
        Instant published = Stream.of(
                        item.childText(core, "pubDate"), item.childText(DUBLIN_CORE, "date"),
                        item.childText(ATOM_10, "published"), item.childText(ATOM_10, "updated"),
                        item.childText(DUBLIN_CORE_TERMS, "issued"), item.childText(DUBLIN_CORE_TERMS, "created"),
                        item.childText(DUBLIN_CORE_TERMS, "modified"))
                .flatMap(Optional::stream).map(FeedDates::parse).filter(Objects::nonNull).findFirst().orElse(null);
        String summary = first(item.childText(core, "description"), item.childText(DUBLIN_CORE, "description"),
                item.child(ATOM_10, "summary").map(AtomReader::textConstruct), item.childText(ITUNES, "summary"));
        String content = first(item.childText(CONTENT, "encoded"),
                item.child(ATOM_10, "content").map(AtomReader::textConstruct));
        return new FeedItem(title, link == null ? null : Urls.resolve(base, link), published, summary, guid,
                content);
    }

    private static boolean isPermalink(XmlElement guid) {
        String permalink = guid.attribute("isPermaLink");
        String value = guid.text();
        return !"false".equalsIgnoreCase(permalink == null ? "" : permalink.strip())
                && (value.startsWith("http://") || value.startsWith("https://"));
    }

    @SafeVarargs
    static String first(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isEmpty()) {
                return candidate.get();
            }
        }
        return null;
    }
}
