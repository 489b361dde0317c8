package com.claimwire.search.indexing;

/** The two document kinds the service indexes, each behind its own alias over versioned indices. */
public enum IndexKind {
    ARTICLES("articles"),
    CLAIMS("claims");

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

    /** The classpath resource holding the mapping. */
    String mappingResource() {
        return "elasticsearch/" + suffix + "-mapping.json";
    }
}
