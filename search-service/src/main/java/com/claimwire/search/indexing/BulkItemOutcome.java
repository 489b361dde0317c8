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
        if (status == 429 || status >= 500 || "index_not_found_exception".equals(errorType)) {
            return RETRY;
        }
        return REJECTED;
    }
}
