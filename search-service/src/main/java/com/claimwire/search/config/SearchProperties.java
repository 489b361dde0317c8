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
 * @param indexRefreshInterval how soon a write to the article and claim indices becomes searchable; set explicitly
 *     so that an index idle for a while never makes the next search wait for a refresh
 * @param indexing how consumers write to Elasticsearch
 */
@ConfigurationProperties("claimwire.search")
public record SearchProperties(
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue("claimwire") String indexPrefix,
        @DefaultValue("0") int indexReplicas,
        @DefaultValue("1") int indexShards,
        @DefaultValue("1s") Duration indexRefreshInterval,
        @DefaultValue Indexing indexing) {

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
