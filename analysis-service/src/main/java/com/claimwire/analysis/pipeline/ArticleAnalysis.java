package com.claimwire.analysis.pipeline;

import com.claimwire.analysis.embeddings.ClaimEmbeddingStep;
import com.claimwire.analysis.engine.ClaimsEngine;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import java.time.Duration;
import java.util.Optional;

/** One raw article through the claims engine and, when enabled, the claim embeddings. */
final class ArticleAnalysis {

    private final ClaimsEngine engine;
    private final Optional<ClaimEmbeddingStep> embeddings;
    private final Duration timeBudget;
    private final AnalysisMetrics metrics;

    ArticleAnalysis(ClaimsEngine engine, Optional<ClaimEmbeddingStep> embeddings, Duration timeBudget,
            AnalysisMetrics metrics) {
        this.engine = engine;
        this.embeddings = embeddings;
        this.timeBudget = timeBudget;
        this.metrics = metrics;
    }

    /**
     * The enriched article.
     *
     * @throws AnalysisFailedException if the engine breaks its promise never to throw
     */
    ArticleAnalyzed analyze(ArticleReceived article) {
        long started = System.nanoTime();
        ArticleAnalyzed analyzed;
        try {
            analyzed = engine.analyze(article, timeBudget);
        } catch (RuntimeException e) {
            throw new AnalysisFailedException(article.id(), e);
        }
        if (embeddings.isPresent()) {
            analyzed = embeddings.get().apply(analyzed);
        }
        metrics.analysed(analyzed, System.nanoTime() - started);
        return analyzed;
    }
}
