package com.claimwire.ingest.parsing.feeds;

import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.ATOM_03;
import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.ATOM_10;
import static com.claimwire.ingest.parsing.feeds.FeedNamespaces.DUBLIN_CORE;
import static com.claimwire.ingest.parsing.feeds.RssReader.first;

import com.claimwire.ingest.parsing.FeedItem;
import com.claimwire.ingest.parsing.ParsedFeed;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Atom 1.0 and the older Atom 0.3. */
final class AtomReader {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private AtomReader() {
    }

    static boolean accepts(XmlElement root) {
        return root.localName().equals("feed");
    }

    static ParsedFeed read(XmlElement root, String sourceUrl) {
        String version = root.attribute("version");
        boolean legacy = root.namespace().equals(ATOM_03) || "0.3".equals(version == null ? null : version.strip());
        // Undeclared or unusual namespaces are common in the wild; the root's own namespace is the vocabulary.
        String atom = root.namespace();
        String title = root.child(atom, "title").map(AtomReader::textConstruct).filter(t -> !t.isEmpty())
                .orElse(null);
        List<FeedItem> items = root.children(atom, "entry").map(entry -> entry(entry, atom, sourceUrl)).toList();
        return new ParsedFeed(legacy ? "atom0.3" : "atom1.0", title, items);
    }

    private static FeedItem entry(XmlElement entry, String atom, String sourceUrl) {
        String title = first(entry.child(atom, "title").map(AtomReader::textConstruct),
                entry.childText(DUBLIN_CORE, "title"));
        String link = first(alternateLink(entry, atom));
        Instant published = Stream.of("published", "issued", "created", "updated", "modified")
                .map(name -> entry.childText(atom, name))
                .flatMap(Optional::stream).map(FeedDates::parse).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> entry.childText(DUBLIN_CORE, "date").map(FeedDates::parse).orElse(null));
        String summary = first(entry.child(atom, "summary").map(AtomReader::textConstruct),
                entry.childText(DUBLIN_CORE, "description"));
        String content = entry.child(atom, "content").filter(c -> c.attribute("src") == null)
                .map(AtomReader::textConstruct).filter(c -> !c.isEmpty()).orElse(null);
        return new FeedItem(title, link == null ? null : Urls.resolve(entryBase(entry, link, sourceUrl), link),
                published, summary, entry.childText(atom, "id").orElse(null), content);
    }

    private static String entryBase(XmlElement entry, String link, String sourceUrl) {
        return entry.children().filter(child -> link.equals(child.attribute("href")))
                .findFirst().map(child -> child.base(sourceUrl)).orElse(entry.base(sourceUrl));
    }

    /**
     * The {@code href} of the entry's alternate link (a link without {@code rel} is alternate), preferring HTML;
     * else the first link that has an {@code href}.
     */
    static Optional<String> alternateLink(XmlElement parent, String atom) {
        List<XmlElement> links = parent.children(atom, "link")
                .filter(link -> link.attribute("href") != null && !link.attribute("href").isBlank()).toList();
        Optional<XmlElement> alternate = links.stream()
                .filter(link -> {
                    String rel = link.attribute("rel");
                    return rel == null || rel.isBlank() || rel.strip().equalsIgnoreCase("alternate");
                })
                .min((a, b) -> Boolean.compare(!isHtml(a), !isHtml(b)));
        return alternate.or(() -> links.stream().findFirst()).map(link -> link.attribute("href").strip());
    }

    private static boolean isHtml(XmlElement link) {
        String type = link.attribute("type");
        return type == null || type.contains("html");
    }

    /**
     * An Atom text construct or content: plain text, escaped HTML, inline XHTML (without its wrapper div), or
     * Atom 0.3's base64 mode.
     */
    static String textConstruct(XmlElement element) {
        String type = Optional.ofNullable(element.attribute("type")).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .orElse("text");
        String mode = Optional.ofNullable(element.attribute("mode")).map(m -> m.strip().toLowerCase(Locale.ROOT))
                .orElse("");
        if (type.equals("xhtml") || type.equals("application/xhtml+xml") || mode.equals("xml")) {
            List<XmlElement> children = element.children().toList();
            if (children.size() == 1 && children.get(0).is(XHTML, "div") && element.plainText().strip()
                    .equals(children.get(0).plainText().strip())) {
                return children.get(0).innerXml().strip();
            }
            return element.innerXml().strip();
        }
        if (mode.equals("base64")) {
            return decodeBase64(element.text());
        }
        boolean textual = type.equals("text") || type.equals("html") || type.startsWith("text/")
                || type.endsWith("xml") || type.endsWith("json") || type.endsWith("javascript");
        // RFC 4287 makes other media types base64; text that does not decode to UTF-8 is kept as written.
        return textual ? element.text() : decodeBase64(element.text());
    }

    private static String decodeBase64(String text) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().strip();
        } catch (IllegalArgumentException | CharacterCodingException notBase64Text) {
            return text;
        }
    }
}
