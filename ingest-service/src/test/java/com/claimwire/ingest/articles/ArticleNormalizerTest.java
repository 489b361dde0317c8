package com.claimwire.ingest.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ClaimIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static ArticleSubmission article(String id, String url, String title, String body) {
        return new ArticleSubmission(id, url, title, body, null, null, null, List.of());
    }

    @Test
    void idDerivesFromTheCanonicalUrlWhenNoneIsGiven() {
        NormalizedArticle tracked = ArticleNormalizer.normalize(
                article(null, "https://Example.com/story?utm_source=x#top", "Title", "Body"));
        NormalizedArticle plain = ArticleNormalizer.normalize(article(null, "https://example.com/story", "Title", "Body"));

        assertThat(tracked.canonicalUrl()).isEqualTo("https://example.com/story");
        assertThat(tracked.id()).isEqualTo(plain.id()).isEqualTo(ClaimIds.articleId("https://example.com/story"));
    }

    @Test
    void publisherIdWins() {
        assertThat(ArticleNormalizer.normalize(article("wire-42", "https://example.com/a", "T", "B")).id())
                .isEqualTo("wire-42");
    }

    @Test
    void contentHashIgnoresWhitespaceAndLineEndings() {
        String hash = ArticleNormalizer.normalize(article(null, "https://e.com/a", "A  title", "One.\r\nTwo.")).contentHash();
        String same = ArticleNormalizer.normalize(article(null, "https://e.com/a", "A title", " One.\n  Two. ")).contentHash();

        assertThat(hash).isEqualTo(same).hasSize(64);
    }

    @Test
    void contentHashChangesWithTheText() {
        assertThat(ArticleNormalizer.contentHash("Title", "Ten drones."))
                .isNotEqualTo(ArticleNormalizer.contentHash("Title", "Several hundred drones."))
                .isNotEqualTo(ArticleNormalizer.contentHash("Other title", "Ten drones."));
    }

    @Test
    void controlCharactersAreDroppedAndLineEndingsUnified() {
        NormalizedArticle article = ArticleNormalizer.normalize(article(null, "https://e.com/a", "T", "a\u0000b\r\nc\u0007"));

        assertThat(article.body()).isEqualTo("ab\nc");
    }
}
