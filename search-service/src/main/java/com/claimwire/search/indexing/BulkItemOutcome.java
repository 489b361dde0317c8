package com.claimwire.search.indexing;

/** What one item of a bulk response means for the record behind it. */
enum BulkItemOutcome {
    /** Stored. */
    WRITTEN,
    /** The index already holds this version or a newer one: a re-delivery or an out-of-date copy. */
    ALREADY_CURRENT,
    /** Elasticsearch is overloaded or failing: try again later, never skip. */
    RETRY,
    /** The document can never be stored as it is (mapping rejection): dead-letter it. */
    REJECTED;

    static BulkItemOutcome of(int status, String errorType) {
        if (status >= 200 && status < 300) {
            return WRITTEN;
        }
        if (status == 409 && "version_conflict_engine_exception".equals(errorType)) {
            return ALREADY_CURRENT;
        }
        return isRetryable(status, errorType) ? RETRY : REJECTED;
    }

    /**
     * Whether Elasticsearch refused for a reason that passes: overload, server errors, a missing index, or a block
     * on the index or cluster. Elasticsearch sets {@code index.blocks.read_only_allow_delete} at the flood-stage disk
     * watermark (429) and releases it once disk is freed; an operator's read-only block answers 403. Both must hold
     * the records back until the block is lifted, never dead-letter them.
     */
    static boolean isRetryable(int status, String errorType) {
        return status == 429 || status >= 500 || "index_not_found_exception".equals(errorType)
                || "cluster_block_exception".equals(errorType);
    }
}
