package com.claimwire.search.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search service's Elasticsearch side.
 *
 * @param elasticsearch how to reach Elasticsearch
 * @param indexPrefix prefix of every index and alias name, so that tests and tenants can share a cluster
 * @param indexReplicas replicas per shard of newly created indices (0 suits a single-node cluster)
 * @param indexShards primary shards of newly created article, claim and tracking indices; one suits up to millions of
 *     claims, and every extra shard adds a per-shard cost to each search and each facet
 * @param refreshInterval how soon a write to the article and claim indices becomes searchable
 * @param indexing how consumers write to Elasticsearch
 */
@ConfigurationProperties("claimwire.search")
public record SearchProperties(
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue("claimwire") String indexPrefix,
        @DefaultValue("0") int indexReplicas,
        @DefaultValue("1") int indexShards,
        @DefaultValue RefreshInterval refreshInterval,
        @DefaultValue Indexing indexing) {

    /**
     * Refresh intervals per index, applied when an index is created and to the current indices at startup. Set
     * explicitly, so that an index idle for a while never makes the next search wait for a refresh. Articles are
     * what "searchable within 2 s" is about: waiting for the next refresh is most of their visibility, and a refresh
     * every 250 ms instead of every second costs Elasticsearch a few percent of a core (measured at 20 articles/s;
     * see BENCHMARKS.md), less with lazy global ordinals. Claims stay at a second: a longer interval saves little
     * of their indexing cost (the vector graph is built as they are written) and nobody reads them at sub-second
     * latency (alerts come from the tracked-claims topic, not a search).
     *
     * @param articles how soon an indexed article becomes searchable
     * @param claims how soon an indexed claim becomes searchable
     */
    public record RefreshInterval(
            @DefaultValue("250ms") Duration articles,
            @DefaultValue("1s") Duration claims) {

        public RefreshInterval {
            if (articles.isNegative() || articles.isZero() || claims.isNegative() || claims.isZero()) {
                throw new IllegalArgumentException("claimwire.search.refresh-interval.* must be positive");
            }
        }
    }

    /**
     * @param url base URL of the cluster
     * @param connectTimeout time allowed to open a connection
     * @param socketTimeout time allowed for a response
     */
    public record Elasticsearch(
            @DefaultValue("http://localhost:9200") URI url,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("30s") Duration socketTimeout) {
    }

    /**
     * @param retryInitialInterval first wait before a batch that failed transiently is tried again
     * @param retryMaxInterval longest wait between attempts; a batch is retried until it succeeds
     */
    public record Indexing(
            @DefaultValue("200ms") Duration retryInitialInterval,
            @DefaultValue("5s") Duration retryMaxInterval) {
    }
}
