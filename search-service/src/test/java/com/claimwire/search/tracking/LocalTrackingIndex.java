package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.search.config.SearchProperties;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Claim tracking against the local Elasticsearch, each tracker on indices of its own unless told to share. */
final class LocalTrackingIndex implements AutoCloseable {

    static final Duration LEASE_TTL = Duration.ofSeconds(15);

    private final RestClient restClient;
    private final ElasticsearchClient client;

    LocalTrackingIndex() {
        restClient = RestClient.builder(HttpHost.create(LocalElasticsearch.shared().url())).build();
        client = new ElasticsearchClient(new RestClientTransport(restClient,
                new Jackson3JsonpMapper(JsonMapper.builder().build())));
    }

    ElasticsearchClient client() {
        return client;
    }

    /** An index prefix no other test uses. */
    static String freshPrefix(String test) {
        return test + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A tracker on the indices of {@code prefix}, with the calibrated thresholds. */
    ElasticsearchClaimTracking tracker(String prefix, int vectorCandidates) {
        var search = new SearchProperties(new SearchProperties.Elasticsearch(URI.create(LocalElasticsearch.shared().url()),
                Duration.ofSeconds(2), Duration.ofSeconds(60)), prefix, 0, 1, Duration.ofSeconds(1),
                new SearchProperties.Indexing(Duration.ofMillis(200), Duration.ofSeconds(5)));
        return new ElasticsearchClaimTracking(client, search,
                new TrackingProperties(null, null, null, null, null, 20, vectorCandidates, LEASE_TTL));
    }

    @Override
    public void close() throws IOException {
        restClient.close();
    }
}
