package com.claimwire.ingest.parsing;

/** Finds the article in an HTML page. Thread-safe. */
public class ArticleExtractor {

    public ExtractedArticle extract(String html, String pageUrl) {
        return new ExtractedArticle(null, "", null, null, null, null);
    }
}
