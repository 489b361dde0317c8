package com.claimwire.search.indexing;

/**
 * Where a batch is written: the live alias, or a concrete index being filled by a rebuild.
 *
 * @param name alias or index name
 * @param alias {@code true} for an alias, written with {@code require_alias} so that a missing alias never
 *     auto-creates an unmapped index
 */
record IndexTarget(String name, boolean alias) {

    static IndexTarget alias(String name) {
        return new IndexTarget(name, true);
    }

    static IndexTarget index(String name) {
        return new IndexTarget(name, false);
    }
}
