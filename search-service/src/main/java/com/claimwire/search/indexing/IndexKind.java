package com.claimwire.search.indexing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two document kinds the service indexes, each behind its own alias over versioned indices. */
public enum IndexKind {
    ARTICLES("articles"),
    CLAIMS("claims");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String suffix;

    IndexKind(String suffix) {
        this.suffix = suffix;
    }

    /** The alias every read and write goes through: {@code <prefix>-articles}. */
    public String alias(String prefix) {
        return prefix + "-" + suffix;
    }

    /** The concrete index of one mapping generation: {@code <prefix>-articles-v3}. */
    public String versionedIndex(String prefix, int version) {
        return alias(prefix) + "-v" + version;
    }

    /**
     * The generation of a concrete index of this kind, or 0 when {@code index} is not one.
     */
    public int versionOf(String prefix, String index) {
        String stem = alias(prefix) + "-v";
        if (!index.startsWith(stem)) {
            return 0;
        }
        try {
            return Integer.parseInt(index.substring(stem.length()));
        } catch (NumberFormatException notVersioned) {
            return 0;
        }
    }

    /** Key in a mapping's {@code _meta} of the mapping's version, raised with every change of the mapping. */
    static final String MAPPING_VERSION = "mappingVersion";

    /**
     * Merge policy settings this kind's indices get beyond Elasticsearch's defaults, applied at creation and, being
     * dynamic, to the current indices at every start.
     *
     * <p>Claims: every kNN search walks one vector graph per segment, so its cost grows with the segment count. Under
     * Elasticsearch 8's policy (2 MB floor, 10 segments per tier) 100,000 claims loaded at the pipeline's pace sat in
     * 44 segments and the semantic search's p99 was three times that of the same index in one segment. These are the
     * values Lucene 10.2 and Elasticsearch 9.2 made their defaults for that reason: segments under 16 MB are merged as
     * if they were 16 MB, and 8 segments per tier, merged 8 at a time (Lucene advises no more at once than per tier). The
     * price is more merging while claims are written, measured in {@code SearchLatencyBenchmark}. Articles keep the
     * defaults: their searches are keyword queries, whose per-segment cost is small.
     */
    Map<String, String> mergePolicy() {
        return switch (this) {
            case ARTICLES -> Map.of();
            case CLAIMS -> Map.of(
                    "index.merge.policy.floor_segment", "16mb",
                    "index.merge.policy.segments_per_tier", "8",
                    "index.merge.policy.max_merge_at_once", "8");
        };
    }

    /** The classpath resource holding the mapping. */
    String mappingResource() {
        return "elasticsearch/" + suffix + "-mapping.json";
    }

    /** The version of the mapping this build creates indices with ({@code _meta.mappingVersion}, 1 when absent). */
    int mappingVersion() {
        try (InputStream mapping = IndexKind.class.getClassLoader().getResourceAsStream(mappingResource())) {
            if (mapping == null) {
                throw new IllegalStateException("mapping resource " + mappingResource() + " is missing");
            }
            JsonNode version = JSON.readTree(mapping).path("_meta").path(MAPPING_VERSION);
            return version.isIntegralNumber() ? version.intValue() : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
