package com.claimwire.search.indexing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
