package com.claimwire.analysis.pipeline;

import com.claimwire.analysis.embeddings.ClaimEmbeddingStep;
import com.claimwire.analysis.engine.ClaimsEngine;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Optional;

/** One raw article through the claims engine and, when enabled, the claim embeddings. */
final class ArticleAnalysis {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        long cpuStarted = threadCpuNanos();
        ArticleAnalyzed analyzed;
        try {
            analyzed = engine.analyze(article, timeBudget);
        } catch (RuntimeException e) {
            throw new AnalysisFailedException(article.id(), e);
        }
        if (embeddings.isPresent()) {
            analyzed = embeddings.get().apply(analyzed);
        }
        long cpuNanos = cpuStarted < 0 ? -1 : threadCpuNanos() - cpuStarted;
        metrics.analysed(analyzed, System.nanoTime() - started, cpuNanos);
        return analyzed;
    }

    /** CPU time of this thread (ONNX Runtime embeds on it too), or -1 where the JVM cannot tell. */
    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
