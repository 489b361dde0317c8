package com.claimwire.ingest.support;

import java.util.List;

/** Small builders of article pages and feeds for the fixture server. */
public final class TestPages {

    private TestPages() {
    }

    public static String articlePage(String headline, String canonicalPath, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(headline).append(" | Example News</title>")
                .append("<link rel=\"canonical\" href=\"").append(canonicalPath).append("\">")
                .append("<meta property=\"article:published_time\" content=\"2024-05-01T10:00:00Z\">")
                .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>")
                .append("<article><h1>").append(headline).append("</h1><p class=\"byline\">By Jane Doe</p>");
        paragraphs.forEach(paragraph -> html.append("<p>").append(paragraph).append("</p>"));
        return html.append("</article><footer>Copyright Example News. All rights reserved.</footer></body></html>").toString();
    }

    /** An RSS 2.0 feed of {@code (title, link)} pairs. */
    public static String rss(String title, List<String[]> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>https://example.com/</link><description>Test feed</description>");
        for (String[] item : items) {
            xml.append("<item><title>").append(item[0]).append("</title><link>").append(item[1]).append("</link><guid>")
                    .append(item[1]).append("</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }
}
