package com.claimwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;
import com.claimwire.search.config.SearchProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Creates the versioned indices and their aliases when they are missing, and switches aliases for a rebuild.
 *
 * <p>Runs once at startup, before the consumers; when Elasticsearch is not reachable yet the service still starts
 * and every indexing batch calls {@link #ensureAliases()} first, failing transiently until it succeeds.
 */
@Component
public class IndexBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ElasticsearchClient client;
    private final String prefix;
    private final int replicas;
    private final int shards;
    private final SearchProperties.RefreshInterval refreshInterval;
    private volatile boolean aliasesReady;
    private volatile boolean running;

    IndexBootstrap(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.prefix = properties.indexPrefix();
        this.replicas = properties.indexReplicas();
        this.shards = properties.indexShards();
        this.refreshInterval = properties.refreshInterval();
    }

    /** The alias of {@code kind} under this service's prefix. */
    public String alias(IndexKind kind) {
        return kind.alias(prefix);
    }

    /** Makes sure both aliases exist, creating generation 1 of an index where none does. Cheap once done. */
    public void ensureAliases() throws IOException {
        if (aliasesReady) {
            return;
        }
        synchronized (this) {
            if (aliasesReady) {
                return;
            }
            TextAnalysis analysis = null;
            for (IndexKind kind : IndexKind.values()) {
                if (!client.indices().existsAlias(a -> a.name(kind.alias(prefix))).value()) {
                    analysis = analysis == null ? detectTextAnalysis() : analysis;
                    createFirstGeneration(kind, analysis);
                } else {
                    warnWhenMappingIsOlder(kind);
                    applyDynamicSettings(kind);
                }
            }
            aliasesReady = true;
        }
    }

    private void createFirstGeneration(IndexKind kind, TextAnalysis analysis) throws IOException {
        String index = kind.versionedIndex(prefix, 1);
        try {
            createIndex(kind, index, analysis, true);
            log.info("Created index {} behind alias {} with {} text analysis", index, kind.alias(prefix), analysis);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            // Another instance created it first; make sure the alias points at it.
            client.indices().putAlias(a -> a.index(index).name(kind.alias(prefix)).isWriteIndex(true));
        }
    }

    /** How soon a write to an index of {@code kind} becomes searchable, in Elasticsearch's notation. */
    private String refreshIntervalOf(IndexKind kind) {
        Duration interval = switch (kind) {
            case ARTICLES -> refreshInterval.articles();
            case CLAIMS -> refreshInterval.claims();
        };
        return interval.toMillis() + "ms";
    }

    /**
     * Brings the configured refresh interval and the kind's merge policy to the indices an existing deployment already
     * has, so that changing either takes a restart, not a rebuild. Best effort: an index Elasticsearch blocks for
     * writes (flood stage) keeps its settings until the next start, and indexing must not wait for that.
     */
    private void applyDynamicSettings(IndexKind kind) throws IOException {
        String alias = kind.alias(prefix);
        try {
            client.indices().putSettings(p -> p.index(alias).settings(s -> dynamicSettings(kind, s)));
        } catch (ElasticsearchException e) {
            log.warn("Could not set the refresh interval of {} to {} and its merge policy to {}: {}", alias,
                    refreshIntervalOf(kind), kind.mergePolicy(), e.getMessage());
        }
    }

    private IndexSettings.Builder dynamicSettings(IndexKind kind, IndexSettings.Builder settings) {
        settings.refreshInterval(t -> t.time(refreshIntervalOf(kind)));
        kind.mergePolicy().forEach((name, value) -> settings.otherSettings(name, JsonData.of(value)));
        return settings;
    }

    /**
     * A mapping change reaches an existing deployment through a new generation, which {@code rebuild-index} creates
     * from Kafka; until then the service keeps working on the older mapping, and says so.
     */
    private void warnWhenMappingIsOlder(IndexKind kind) throws IOException {
        String alias = kind.alias(prefix);
        var mappings = client.indices().getMapping(m -> m.index(alias)).result();
        int expected = kind.mappingVersion();
        mappings.forEach((index, mapping) -> {
            var meta = mapping.mappings().meta();
            var version = meta == null ? null : meta.get(IndexKind.MAPPING_VERSION);
            String current = version == null ? "1" : version.toJson().toString();
            if (!current.equals(Integer.toString(expected))) {
                log.warn("Index {} has mapping version {}, this service ships version {}: rebuild-index applies it",
                        index, current, expected);
            }
        });
    }

    /**
     * The text analysis this cluster supports: {@code english} when the analyze API knows it (full distribution),
     * else {@code standard}.
     */
    public TextAnalysis detectTextAnalysis() throws IOException {
        try {
            client.indices().analyze(a -> a.analyzer(TextAnalysis.ENGLISH.builtIn()).text("claims"));
            return TextAnalysis.forCluster(true);
        } catch (ElasticsearchException unknownAnalyzer) {
            log.info("The cluster has no english analyzer ({}); text fields use the standard analyzer",
                    unknownAnalyzer.error().reason());
            return TextAnalysis.forCluster(false);
        }
    }

    /** The generation the alias of {@code kind} points at, or 0 when it points nowhere. */
    public int currentGeneration(IndexKind kind) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(kind.alias(prefix))).value()) {
            return 0;
        }
        return client.indices().getAlias(a -> a.name(kind.alias(prefix))).result().keySet().stream()
                .mapToInt(index -> kind.versionOf(prefix, index))
                .max().orElse(0);
    }

    /**
     * The generation after every existing one, aliased or not, so that a rebuild that failed halfway never blocks
     * the next.
     */
    public int nextGeneration() throws IOException {
        int highest = 0;
        for (IndexKind kind : IndexKind.values()) {
            for (String index : client.indices().get(g -> g.index(kind.alias(prefix) + "-v*")).result().keySet()) {
                highest = Math.max(highest, kind.versionOf(prefix, index));
            }
        }
        return highest + 1;
    }

    /** Creates generation {@code generation} of {@code kind} without an alias, for a rebuild to fill. */
    public String createGeneration(IndexKind kind, int generation, TextAnalysis analysis) throws IOException {
        String index = kind.versionedIndex(prefix, generation);
        createIndex(kind, index, analysis, false);
        return index;
    }

    private void createIndex(IndexKind kind, String index, TextAnalysis analysis, boolean withAlias) throws IOException {
        try (InputStream mapping = IndexBootstrap.class.getClassLoader().getResourceAsStream(kind.mappingResource())) {
            if (mapping == null) {
                throw new IllegalStateException("mapping resource " + kind.mappingResource() + " is missing");
            }
            client.indices().create(c -> {
                c.index(index)
                        .settings(s -> dynamicSettings(kind, s.numberOfShards(Integer.toString(shards))
                                .numberOfReplicas(Integer.toString(replicas)))
                                // Stored source is read for a page of hits at a time; zstd keeps that cheap.
                                .codec("best_compression")
                                .analysis(an -> an.analyzer(TextAnalysis.ANALYZER_NAME, analyzer ->
                                        analysis == TextAnalysis.ENGLISH
                                                ? analyzer.english(english -> english)
                                                : analyzer.standard(standard -> standard))))
                        .mappings(m -> m.withJson(mapping));
                if (withAlias) {
                    c.aliases(kind.alias(prefix), a -> a.isWriteIndex(true));
                }
                return c;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Points each alias at its new index and away from every other, in one atomic request, so that readers and
     * writers never see an alias with no index or with two.
     */
    public void switchAliases(Map<IndexKind, String> newIndices) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (var entry : newIndices.entrySet()) {
            String alias = entry.getKey().alias(prefix);
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                for (String old : client.indices().getAlias(a -> a.name(alias)).result().keySet()) {
                    actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
                }
            }
            actions.add(Action.of(a -> a.add(add -> add.index(entry.getValue()).alias(alias).isWriteIndex(true))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
    }

    @Override
    public void start() {
        running = true;
        try {
            ensureAliases();
        } catch (IOException | ElasticsearchException e) {
            log.warn("Elasticsearch is not ready ({}); indices will be created by the first indexing batch", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the Kafka listener containers, which start in a late phase. */
    @Override
    public int getPhase() {
        return 0;
    }
}
