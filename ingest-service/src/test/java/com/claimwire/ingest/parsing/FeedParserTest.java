package com.claimwire.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final String FEED_URL = "https://news.example.org/feeds/world.xml";

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String feed) throws FeedParseException {
        return parser.parse(feed.getBytes(StandardCharsets.UTF_8), FEED_URL);
    }

    @Test
    void readsRss20Items() throws FeedParseException {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>World news</title>
                    <item>
                      <title>Minister denies drone sales</title>
                      <link>https://news.example.org/world/drones</link>
                      <guid isPermaLink="false">story-4711</guid>
                      <pubDate>Sat, 05 Nov 2022 14:03:00 +0100</pubDate>
                      <description>&lt;p&gt;The minister said...&lt;/p&gt;</description>
                      <content:encoded><![CDATA[<p>Full text</p>]]></content:encoded>
                    </item>
                  </channel>
                </rss>
                """);

        assertThat(feed.format()).isEqualTo("rss2.0");
        assertThat(feed.title()).isEqualTo("World news");
        assertThat(feed.items()).containsExactly(new FeedItem("Minister denies drone sales",
                "https://news.example.org/world/drones", Instant.parse("2022-11-05T13:03:00Z"),
                "<p>The minister said...</p>", "story-4711", "<p>Full text</p>"));
    }

    @Test
    void rss091WithNetscapeDoctypeParsesWithoutFetchingTheDtd() throws FeedParseException {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old&nbsp;feed</title>
                  <item><title>Caf&eacute; opens</title><link>/cafe</link></item>
                </channel></rss>
                """);

        assertThat(feed.format()).isEqualTo("rss0.91");
        assertThat(feed.title()).isEqualTo("Old\u00A0feed");
        assertThat(feed.items().get(0).title()).isEqualTo("Café opens");
        assertThat(feed.items().get(0).url()).isEqualTo("https://news.example.org/cafe");
    }

    @Test
    void readsRss10RdfItemsWithDublinCoreDates() throws FeedParseException {
        ParsedFeed feed = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://example.org/"><title>RDF feed</title></channel>
                  <item rdf:about="https://example.org/a">
                    <title>A</title><link>https://example.org/a</link><dc:date>2024-02-29T08:00:00+02:00</dc:date>
                  </item>
                </rdf:RDF>
                """);

        assertThat(feed.format()).isEqualTo("rss1.0");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("https://example.org/a");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2024-02-29T06:00:00Z"));
        });
    }

    @Test
    void readsAtom10EntriesAndResolvesLinksAgainstXmlBase() throws FeedParseException {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.com/posts/">
                  <title type="html">Claims &amp;amp; counterclaims</title>
                  <entry>
                    <id>tag:example.com,2024:1</id>
                    <title>First</title>
                    <link rel="self" href="https://blog.example.com/api/1"/>
                    <link rel="alternate" type="text/html" href="first.html"/>
                    <updated>2024-01-02T10:00:00Z</updated>
                    <published>2024-01-01T09:30:00.250Z</published>
                    <summary>Short</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Long</p></div></content>
                  </entry>
                </feed>
                """);

        assertThat(feed.format()).isEqualTo("atom1.0");
        assertThat(feed.title()).isEqualTo("Claims &amp; counterclaims");
        assertThat(feed.items()).containsExactly(new FeedItem("First", "https://blog.example.com/posts/first.html",
                Instant.parse("2024-01-01T09:30:00.250Z"), "Short", "tag:example.com,2024:1", "<p>Long</p>"));
    }

    @Test
    void readsAtom03WithIssuedDateAndEscapedContent() throws FeedParseException {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <title>Legacy</title>
                  <entry>
                    <title mode="escaped">Old &amp;lt;b&amp;gt;entry&amp;lt;/b&amp;gt;</title>
                    <link rel="alternate" type="text/html" href="http://example.org/old"/>
                    <issued>2004-01-01T19:48:21-05:00</issued>
                    <content type="text/html" mode="base64">PHA+SGk8L3A+</content>
                  </entry>
                </feed>
                """);

        assertThat(feed.format()).isEqualTo("atom0.3");
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Old &lt;b&gt;entry&lt;/b&gt;");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2004-01-02T00:48:21Z"));
        assertThat(item.contentHtml()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void readsJsonFeed11() throws FeedParseException {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON news",
                 "feed_url": "https://example.org/feed.json",
                 "items": [{"id": 42, "url": "/stories/42", "title": "Answer", "summary": "s",
                            "content_text": "Plain <text>", "date_published": "2024-05-01T12:00:00-04:00"}]}
                """);

        assertThat(feed.format()).isEqualTo("json1.1");
        assertThat(feed.items()).containsExactly(new FeedItem("Answer", "https://example.org/stories/42",
                Instant.parse("2024-05-01T16:00:00Z"), "s", "42", "<p>Plain &lt;text&gt;</p>"));
    }

    @Test
    void decodesByDeclaredEncodingAndByteOrderMark() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Zürich – naïve</title></channel></rss>";
        assertThat(parser.parse(feed.getBytes(Charset.forName("windows-1252")), null).title())
                .isEqualTo("Zürich – naïve");

        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel>"
                + "<title>Ελληνικά</title></channel></rss>";
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
        withBom.write(utf16.getBytes(StandardCharsets.UTF_16BE));
        assertThat(parser.parse(withBom.toByteArray(), null).title()).isEqualTo("Ελληνικά");

        byte[] utf8Bom = ("\uFEFF  " + "<rss version=\"2.0\"><channel><title>BOM</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(utf8Bom, null).title()).isEqualTo("BOM");
    }

    @Test
    void forgivesFeedsThatAreNotWellFormed() throws FeedParseException {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>Sloppy & proud</title>
                  <item><title>Unclosed <b>bold</title><dc:creator>Undeclared prefix</dc:creator>
                    <link>https://example.org/1</link></item>
                  <item><title>Second</title><link>https://example.org/2</link></item>
                </channel></rss>
                """);

        assertThat(feed.title()).isEqualTo("Sloppy & proud");
        assertThat(feed.items()).extracting(FeedItem::url)
                .containsExactly("https://example.org/1", "https://example.org/2");
    }

    @Test
    void rejectsWhatIsNotAFeedWithAClearReason() {
        assertThatThrownBy(() -> parse("<!doctype html><html><head><title>x</title></head><body></body></html>"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("HTML page");
        assertThatThrownBy(() -> parse("   "))
                .isInstanceOf(FeedParseException.class).hasMessage("empty document");
        assertThatThrownBy(() -> parse("Internal Server Error"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("neither XML nor JSON");
        assertThatThrownBy(() -> parse("{\"version\": \"https://jsonfeed.org/version/9\"}"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("not a JSON Feed");
        assertThatThrownBy(() -> parse("<opml version=\"2.0\"><body/></opml>"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("OPML");
        assertThatThrownBy(() -> parser.parse(new byte[0], null))
                .isInstanceOf(FeedParseException.class).hasMessage("empty document");
    }
}
