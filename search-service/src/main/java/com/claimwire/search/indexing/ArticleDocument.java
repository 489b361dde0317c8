package com.claimwire.search.indexing;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An article as stored in the articles index (see {@code elasticsearch/articles-mapping.json}). */
public record ArticleDocument(
        String id,
        int version,
        String url,
        String title,
        String body,
        String source,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        Instant indexedAt,
        String duplicateOf,
        List<String> entities,
        List<String> topics,
        List<String> speakers,
        List<String> speakerKinds,
        List<String> claimTypes,
        int claimCount) {

    /** The document for an analysed article, indexed at {@code indexedAt}. */
    public static ArticleDocument of(ArticleAnalyzed article, Instant indexedAt) {
        List<Claim> claims = article.claims();
        return new ArticleDocument(article.id(), article.version(), article.url(), article.title(), article.body(),
                article.source(), article.language(), article.publishedAt(), article.receivedAt(), indexedAt,
                article.duplicateOf(),
                article.entities().stream().map(Entity::name).filter(Objects::nonNull).distinct().toList(),
                article.topics(),
                claims.stream().map(claim -> claim.speaker().name()).filter(Objects::nonNull).distinct().toList(),
                claims.stream().map(claim -> claim.speaker().kind()).filter(Objects::nonNull).map(Enum::name).distinct()
                        .toList(),
                claims.stream().map(claim -> claim.type().name()).distinct().toList(),
                claims.size());
    }
}
