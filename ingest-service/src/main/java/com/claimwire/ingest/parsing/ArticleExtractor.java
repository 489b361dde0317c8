package com.claimwire.ingest.parsing;

import com.claimwire.ingest.parsing.pages.PageArticles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Finds the article in an HTML page: title, main text without boilerplate, byline, date, canonical URL, language.
 * Thread-safe and stateless. */
public class ArticleExtractor {

    public ExtractedArticle extract(String html, String pageUrl) {
        return PageArticles.extract(Jsoup.parse(html, pageUrl == null ? "" : pageUrl), pageUrl);
    }

    /** As {@link #extract(String, String)}, decoding the bytes by BOM, {@code <meta charset>} or else UTF-8. */
    public ExtractedArticle extract(byte[] html, String pageUrl) {
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl == null ? "" : pageUrl);
            return PageArticles.extract(document, pageUrl);
        } catch (IOException e) {
            // Reading from memory cannot fail; the signature is jsoup's, shared with network streams.
            throw new UncheckedIOException(e);
        }
    }
}
