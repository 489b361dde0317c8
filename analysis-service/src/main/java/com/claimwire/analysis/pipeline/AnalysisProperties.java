package com.claimwire.analysis.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the analysis service consumes raw articles and runs the claims engine.
 *
 * @param concurrency consumer threads on the raw-articles topic; more than the topic's partitions sit idle
 * @param timeBudget time the claims engine may spend on one article before it returns a partial result
 * @param consumerGroup consumer group id, prefixed with the Kafka namespace when one is set
 * @param maxPollRecords records handed to the pipeline per poll; each article's results are sent as soon as it is
 *     analysed, and the poll's offsets committed once every send is acknowledged
 * @param embeddings sentence embeddings of claims
 */
@ConfigurationProperties("claimwire.analysis")
public record AnalysisProperties(
        @DefaultValue("2") int concurrency,
        @DefaultValue("2s") Duration timeBudget,
        @DefaultValue("claimwire-analysis") String consumerGroup,
        @DefaultValue("50") int maxPollRecords,
        @DefaultValue Embeddings embeddings) {

    public AnalysisProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException("claimwire.analysis.concurrency must be at least 1");
        }
        if (maxPollRecords < 1) {
            throw new IllegalArgumentException("claimwire.analysis.max-poll-records must be at least 1");
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("claimwire.analysis.time-budget must be positive");
        }
    }

    /**
     * Sentence embeddings of claims.
     *
     * @param enabled {@code false} publishes claims without vectors, several times faster
     * @param threads ONNX Runtime threads per embedding call; each consumer thread embeds its own articles, so
     *     {@code concurrency} consumer threads already use that many cores, and more threads per call only add
     *     hand-offs
     * @param cacheSize claim texts whose vectors are kept, so that a claim repeated word for word (syndicated
     *     copies) is not embedded again; about 2 KB each
     */
    public record Embeddings(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1") int threads,
            @DefaultValue("4096") int cacheSize) {

        public Embeddings {
            if (threads < 1) {
                throw new IllegalArgumentException("claimwire.analysis.embeddings.threads must be at least 1");
            }
            if (cacheSize < 1) {
                throw new IllegalArgumentException("claimwire.analysis.embeddings.cache-size must be at least 1");
            }
        }
    }
}
