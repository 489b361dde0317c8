package com.claimwire.search.search;

import com.claimwire.search.indexing.ArticleDocument;
import java.time.Instant;
import java.util.List;

/**
 * An article in search results (without its body).
 *
 * @param titleHighlight the title, HTML-escaped, matched words in {@code <mark>} tags
 * @param highlight up to three passages of the body, HTML-escaped, matched words in {@code <mark>} tags (the
 *     beginning of the body when nothing in it matched)
 * @param score relevance score, {@code null} when sorted by date
 */
public record ArticleHit(
        String id,
        int version,
        String url,
        String title,
        String source,
        String language,
        Instant publishedAt,
        String duplicateOf,
        List<String> entities,
        List<String> topics,
        List<String> speakers,
        List<String> claimTypes,
        int claimCount,
        String titleHighlight,
        List<String> highlight,
        Double score) {

    static ArticleHit of(ArticleDocument article, String titleHighlight, List<String> highlight, Double score) {
        return new ArticleHit(article.id(), article.version(), article.url(), article.title(), article.source(),
                article.language(), article.publishedAt(), article.duplicateOf(), article.entities(),
                article.topics(), article.speakers(), article.claimTypes(), article.claimCount(), titleHighlight,
                highlight, score);
    }
}
