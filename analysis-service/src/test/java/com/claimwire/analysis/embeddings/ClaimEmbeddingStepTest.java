package com.claimwire.analysis.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.embeddings.ClaimEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimEmbeddingStepTest {

    /** Embeds a text as its length in the first dimension, and records each batch it is given. */
    private static final class LengthEmbedder implements ClaimEmbedder {

        final List<List<String>> batches = new ArrayList<>();

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            batches.add(texts);
            return texts.stream().map(text -> new float[] {text.length(), 0}).toList();
        }
    }

    @Test
    void everyClaimGetsItsOwnVectorFromOneBatchPerArticle() {
        LengthEmbedder embedder = new LengthEmbedder();
        ArticleAnalyzed article = article(false, claim("c1", "short"), claim("c2", "a longer claim"));

        ArticleAnalyzed embedded = new ClaimEmbeddingStep(embedder).apply(article);

        assertThat(embedder.batches).containsExactly(List.of("short", "a longer claim"));
        assertThat(embedded.claims()).extracting(Claim::id).containsExactly("c1", "c2");
        assertThat(embedded.claims().get(0).embedding()).containsExactly(5f, 0f);
        assertThat(embedded.claims().get(1).embedding()).containsExactly(14f, 0f);
        assertThat(embedded.analysis()).isEqualTo(article.analysis());
        assertThat(embedded.body()).isEqualTo(article.body());
    }

    @Test
    void anArticleWithoutClaimsIsLeftAsItIs() {
        LengthEmbedder embedder = new LengthEmbedder();
        ArticleAnalyzed article = article(false);

        assertThat(new ClaimEmbeddingStep(embedder).apply(article)).isSameAs(article);
        assertThat(embedder.batches).isEmpty();
    }

    @Test
    void aFailingModelKeepsTheClaimsAndMarksTheArticlePartialWithTheReason() {
        ClaimEmbedder broken = new ClaimEmbedder() {
            @Override
            public int dimensions() {
                return 384;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new IllegalStateException("ONNX session closed");
            }
        };
        ArticleAnalyzed article = article(false, claim("c1", "the drone part is correct"));

        ArticleAnalyzed result = new ClaimEmbeddingStep(broken).apply(article);

        assertThat(result.claims()).extracting(Claim::id).containsExactly("c1");
        assertThat(result.claims().get(0).embedding()).isNull();
        assertThat(result.analysis().partial()).isTrue();
        assertThat(result.analysis().reason()).contains("embeddings failed").contains("ONNX session closed");
        assertThat(result.analysis().engineVersion()).isEqualTo("test-engine");
    }

    @Test
    void aFailureIsAddedToAnEarlierPartialReason() {
        ClaimEmbedder broken = new ClaimEmbedder() {
            @Override
            public int dimensions() {
                return 384;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new IllegalStateException("out of memory");
            }
        };

        ArticleAnalyzed result = new ClaimEmbeddingStep(broken).apply(article(true, claim("c1", "text")));

        assertThat(result.analysis().reason()).startsWith("time budget exhausted; embeddings failed");
    }

    private static Claim claim(String id, String text) {
        return new Claim(id, text, 0, text.length(), false, ClaimType.ASSERTION, null,
                new Speaker("Someone", SpeakerKind.PERSON, null, null), List.of(), List.of(), 0.5, null);
    }

    private static ArticleAnalyzed article(boolean partial, Claim... claims) {
        return new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, "a1", 1, "https://x.example/a1", "Title",
                "a body long enough for the claims", null, null, "en", null, null, List.of(), List.of(),
                List.of(claims), new ArticleAnalyzed.Analysis("test-engine", 3, partial,
                        partial ? "time budget exhausted" : null));
    }
}
