package com.claimwire.analysis.pipeline;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.embeddings.CachingClaimEmbedder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * What the pipeline has done, for Prometheus: articles, claims, partial results, dead letters, time per article,
 * embedding cache hits, and where an article's time between the raw and the enriched topic goes (waiting for a
 * poll, waiting behind its poll's earlier records, being analysed, waiting for a core, the poll's sends).
 */
final class AnalysisMetrics {

    private final Counter articles;
    private final Counter claims;
    private final Counter partial;
    private final Counter deadLetters;
    private final Timer analysisTime;
    private final Timer analysisCpu;
    private final Timer fetchWait;
    private final Timer queueWait;
    private final Timer publishWait;
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
        analysisTime = histogram("claimwire.analysis.time", "Time to analyse one article, embeddings included");
        analysisCpu = histogram("claimwire.analysis.cpu", "CPU time of the analysing thread for one article,"
                + " embeddings included; the part of claimwire.analysis.time above it is time the thread waited for"
                + " a core");
        fetchWait = histogram("claimwire.analysis.fetch.wait", "Raw article on its topic (its record timestamp)"
                + " until a poll hands it to the pipeline: the broker, the fetch, and the previous poll's work, sends"
                + " and commit");
        queueWait = histogram("claimwire.analysis.queue.wait", "Raw article handed to the pipeline until its"
                + " analysis starts, behind the records of its poll before it");
        publishWait = histogram("claimwire.analysis.publish.wait", "Per poll: the last article analysed until every"
                + " send of the poll is acknowledged, which the next poll waits for");
    }

    private Timer histogram(String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram().register(registry);
    }

    /**
     * A poll handed over a raw record stamped {@code recordTimestamp} (epoch millis) at {@code polledAt}; a stamp
     * from a clock ahead of this host's counts as no wait, a record without one ({@code -1}) is left out.
     */
    void fetched(long recordTimestamp, long polledAt) {
        if (recordTimestamp >= 0) {
            fetchWait.record(Math.max(0, polledAt - recordTimestamp), TimeUnit.MILLISECONDS);
        }
    }

    void queued(long nanos) {
        queueWait.record(nanos, TimeUnit.NANOSECONDS);
    }

    void published(long nanos) {
        publishWait.record(nanos, TimeUnit.NANOSECONDS);
    }

    void analysed(ArticleAnalyzed article, long nanos, long cpuNanos) {
        articles.increment();
        claims.increment(article.claims().size());
        if (article.analysis() != null && article.analysis().partial()) {
            partial.increment();
        }
        analysisTime.record(nanos, TimeUnit.NANOSECONDS);
        if (cpuNanos >= 0) {
            analysisCpu.record(cpuNanos, TimeUnit.NANOSECONDS);
        }
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
