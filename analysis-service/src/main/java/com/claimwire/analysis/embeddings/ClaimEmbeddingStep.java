package com.claimwire.analysis.embeddings;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.embeddings.ClaimEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds a sentence embedding to every claim of an analysed article, all claims of the article in one batch.
 * A failing model never loses the article: it goes on without vectors, marked partial with the reason.
 */
public final class ClaimEmbeddingStep {

    private final ClaimEmbedder embedder;

    public ClaimEmbeddingStep(ClaimEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** {@code article} with a vector on each claim. */
    public ArticleAnalyzed apply(ArticleAnalyzed article) {
        if (article.claims().isEmpty()) {
            return article;
        }
        List<String> texts = new ArrayList<>(article.claims().size());
        for (Claim claim : article.claims()) {
            texts.add(claim.text());
        }
        List<float[]> vectors;
        try {
            vectors = embedder.embed(texts);
        } catch (RuntimeException e) {
            return withClaims(article, article.claims(), partial(article.analysis(), "embeddings failed: " + e));
        }
        List<Claim> embedded = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            embedded.add(article.claims().get(i).withEmbedding(vectors.get(i)));
        }
        return withClaims(article, embedded, article.analysis());
    }

    private static ArticleAnalyzed.Analysis partial(ArticleAnalyzed.Analysis analysis, String reason) {
        if (analysis == null) {
            return new ArticleAnalyzed.Analysis(null, 0, true, reason);
        }
        String reasons = analysis.reason() == null ? reason : analysis.reason() + "; " + reason;
        return new ArticleAnalyzed.Analysis(analysis.engineVersion(), analysis.tookMillis(), true, reasons);
    }

    private static ArticleAnalyzed withClaims(ArticleAnalyzed a, List<Claim> claims, ArticleAnalyzed.Analysis analysis) {
        return new ArticleAnalyzed(a.schemaVersion(), a.id(), a.version(), a.url(), a.title(), a.body(),
                a.publishedAt(), a.source(), a.language(), a.duplicateOf(), a.receivedAt(), a.entities(),
                a.topics(), claims, analysis);
    }
}
