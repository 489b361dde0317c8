package com.claimwire.analysis.pipeline;

import com.claimwire.analysis.embeddings.CachingClaimEmbedder;
import com.claimwire.contracts.ArticleAnalyzed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * What the pipeline has done, for Prometheus: articles, claims, partial results, dead letters, time per article,
 * embedding cache hits.
 */
final class AnalysisMetrics {

    private final Counter articles;
    private final Counter claims;
    private final Counter partial;
    private final Counter deadLetters;
    private final Timer analysisTime;
    private final MeterRegistry registry;

    AnalysisMetrics(MeterRegistry registry) {
        this.registry = registry;
        articles = Counter.builder("claimwire.analysis.articles")
                .description("Articles analysed").register(registry);
        claims = Counter.builder("claimwire.analysis.claims")
                .description("Claims found").register(registry);
        partial = Counter.builder("claimwire.analysis.partial")
                .description("Articles whose analysis is partial (time budget ran out or a stage failed)")
                .register(registry);
        deadLetters = Counter.builder("claimwire.analysis.dead.letters")
                .description("Raw-article records sent to the dead-letter topic").register(registry);
        analysisTime = Timer.builder("claimwire.analysis.time")
                .description("Time to analyse one article, embeddings included")
                .publishPercentileHistogram().register(registry);
    }

    void analysed(ArticleAnalyzed article, long nanos) {
        articles.increment();
        claims.increment(article.claims().size());
        if (article.analysis() != null && article.analysis().partial()) {
            partial.increment();
        }
        analysisTime.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Claim texts answered from the embedding cache and embedded by the model. */
    void cacheOf(CachingClaimEmbedder embedder) {
        FunctionCounter.builder("claimwire.analysis.embedding.cache", embedder, CachingClaimEmbedder::hits)
                .description("Claim texts whose vector came from the cache").tag("result", "hit").register(registry);
        FunctionCounter.builder("claimwire.analysis.embedding.cache", embedder, CachingClaimEmbedder::misses)
                .description("Claim texts the model embedded").tag("result", "miss").register(registry);
    }

    void deadLettered() {
        deadLetters.increment();
    }
}
