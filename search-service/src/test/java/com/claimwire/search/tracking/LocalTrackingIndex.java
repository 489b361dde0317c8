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
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Claim tracking against the local Elasticsearch, each tracker on indices of its own unless told to share. */
final class LocalTrackingIndex implements AutoCloseable {

    static final Duration LEASE_TTL = Duration.ofSeconds(15);
    static final Duration LEASE_LINGER = Duration.ofSeconds(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient restClient;
    private final ElasticsearchRequests requests = new ElasticsearchRequests();
    private final ElasticsearchClient client;

    LocalTrackingIndex() {
        restClient = RestClient.builder(HttpHost.create(LocalElasticsearch.shared().url())).build();
        client = new ElasticsearchClient(new RestClientTransport(restClient,
                new Jackson3JsonpMapper(JsonMapper.builder().build()), null, requests));
    }

    ElasticsearchClient client() {
        return client;
    }

    /** The requests every tracker of this fixture sent so far. */
    ElasticsearchRequests requests() {
        return requests;
    }

    /**
     * The CPU time the Elasticsearch node has used since it started, in milliseconds: the work the requests cost it,
     * whatever else runs on the machine.
     */
    long elasticsearchCpuMillis() throws IOException {
        var response = restClient.performRequest(new Request("GET",
                "/_nodes/_local/stats/process?filter_path=nodes.*.process.cpu.total_in_millis"));
        try (var body = response.getEntity().getContent()) {
            JsonNode nodes = JSON.readTree(body).path("nodes");
            long millis = 0;
            for (JsonNode node : nodes) {
                millis += node.path("process").path("cpu").path("total_in_millis").asLong();
            }
            return millis;
        }
    }

    /** An index prefix no other test uses. */
    static String freshPrefix(String test) {
        return test + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A tracker on the indices of {@code prefix}, with the calibrated thresholds. */
    ElasticsearchClaimTracking tracker(String prefix, int vectorCandidates) {
        var search = new SearchProperties(new SearchProperties.Elasticsearch(URI.create(LocalElasticsearch.shared().url()),
                Duration.ofSeconds(2), Duration.ofSeconds(60)), prefix, 0, 1,
                new SearchProperties.RefreshInterval(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                new SearchProperties.Indexing(Duration.ofMillis(200), Duration.ofSeconds(5)));
        return new ElasticsearchClaimTracking(client, search,
                new TrackingProperties(null, null, null, null, null, 20, vectorCandidates, LEASE_TTL, LEASE_LINGER));
    }

    @Override
    public void close() throws IOException {
        restClient.close();
    }
}
