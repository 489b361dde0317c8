package com.claimwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.search.config.SearchProperties;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each index kind gets its own refresh interval, on creation and, after a configuration change, at the next start. */
class IndexRefreshIntervalIT {

    private final RestClient restClient = RestClient.builder(HttpHost.create(LocalElasticsearch.shared().url())).build();
    private final ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(restClient,
            new Jackson3JsonpMapper(JsonMapper.builder().build())));
    private final String prefix = "refresh-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteIndicesAndClose() throws IOException {
        // The cluster refuses wildcard deletes: name each index.
        var indices = List.copyOf(client.indices().get(g -> g.index(prefix + "-*")).result().keySet());
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
        restClient.close();
    }

    private IndexBootstrap bootstrap(Duration articles, Duration claims) {
        return new IndexBootstrap(client, new SearchProperties(new SearchProperties.Elasticsearch(
                URI.create(LocalElasticsearch.shared().url()), Duration.ofSeconds(2), Duration.ofSeconds(60)), prefix,
                0, 1, new SearchProperties.RefreshInterval(articles, claims),
                new SearchProperties.Indexing(Duration.ofMillis(200), Duration.ofSeconds(5))));
    }

    private String refreshIntervalOf(IndexKind kind) throws IOException {
        return client.indices().getSettings(s -> s.index(kind.alias(prefix)).name("index.refresh_interval"))
                .result().values().iterator().next().settings().index().refreshInterval().time();
    }

    @Test
    void newIndicesGetTheRefreshIntervalOfTheirKind() throws IOException {
        bootstrap(Duration.ofMillis(250), Duration.ofSeconds(2)).ensureAliases();

        assertThat(refreshIntervalOf(IndexKind.ARTICLES)).isEqualTo("250ms");
        assertThat(refreshIntervalOf(IndexKind.CLAIMS)).isEqualTo("2000ms");
    }

    @Test
    void aChangedRefreshIntervalReachesExistingIndicesAtTheNextStart() throws IOException {
        bootstrap(Duration.ofSeconds(1), Duration.ofSeconds(1)).ensureAliases();

        bootstrap(Duration.ofMillis(500), Duration.ofSeconds(5)).ensureAliases();

        assertThat(refreshIntervalOf(IndexKind.ARTICLES)).isEqualTo("500ms");
        assertThat(refreshIntervalOf(IndexKind.CLAIMS)).isEqualTo("5000ms");
    }
}
