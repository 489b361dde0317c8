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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each index kind gets its own refresh interval and merge policy, on creation and, after a configuration change or for
 * a deployment created before, at the next start. The claims index merges its small segments more eagerly than
 * Elasticsearch's defaults; the articles index keeps the defaults.
 */
class IndexSettingsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient restClient = RestClient.builder(HttpHost.create(LocalElasticsearch.shared().url())).build();
    private final ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(restClient,
            new Jackson3JsonpMapper(JSON)));
    private final String prefix = "settings-" + UUID.randomUUID().toString().substring(0, 8);

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

    /** The merge policy settings set on the index behind the alias of {@code kind}, by flat name. */
    private Map<String, String> mergePolicyOf(IndexKind kind) throws IOException {
        var response = restClient.performRequest(new Request("GET",
                "/" + kind.alias(prefix) + "/_settings/index.merge.policy.*?flat_settings=true"));
        // An index none of whose settings match is left out of the answer.
        Map<String, String> policy = new LinkedHashMap<>();
        for (JsonNode index : JSON.readTree(response.getEntity().getContent()).values()) {
            index.path("settings").properties().forEach(setting ->
                    policy.put(setting.getKey(), setting.getValue().asString()));
        }
        return policy;
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

    @Test
    void aNewClaimsIndexMergesSegmentsUnder16MegabytesAndKeepsFewerPerTier() throws IOException {
        bootstrap(Duration.ofSeconds(1), Duration.ofSeconds(1)).ensureAliases();

        assertThat(mergePolicyOf(IndexKind.CLAIMS)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "index.merge.policy.floor_segment", "16mb",
                "index.merge.policy.segments_per_tier", "8",
                "index.merge.policy.max_merge_at_once", "8"));
        assertThat(mergePolicyOf(IndexKind.ARTICLES)).isEmpty();
    }

    @Test
    void aRebuildGenerationGetsTheMergePolicyToo() throws IOException {
        IndexBootstrap bootstrap = bootstrap(Duration.ofSeconds(1), Duration.ofSeconds(1));
        String index = bootstrap.createGeneration(IndexKind.CLAIMS, 2, bootstrap.detectTextAnalysis());
        client.indices().putAlias(a -> a.index(index).name(IndexKind.CLAIMS.alias(prefix)));

        assertThat(mergePolicyOf(IndexKind.CLAIMS)).containsEntry("index.merge.policy.floor_segment", "16mb");
    }

    @Test
    void aClaimsIndexCreatedWithTheDefaultsGetsTheMergePolicyAtTheNextStart() throws IOException {
        String older = IndexKind.CLAIMS.versionedIndex(prefix, 1);
        client.indices().create(c -> c.index(older).aliases(IndexKind.CLAIMS.alias(prefix), a -> a.isWriteIndex(true)));
        client.indices().create(c -> c.index(IndexKind.ARTICLES.versionedIndex(prefix, 1))
                .aliases(IndexKind.ARTICLES.alias(prefix), a -> a.isWriteIndex(true)));
        assertThat(mergePolicyOf(IndexKind.CLAIMS)).isEmpty();

        bootstrap(Duration.ofSeconds(1), Duration.ofSeconds(1)).ensureAliases();

        assertThat(mergePolicyOf(IndexKind.CLAIMS)).containsEntry("index.merge.policy.floor_segment", "16mb")
                .containsEntry("index.merge.policy.segments_per_tier", "8");
    }
}
