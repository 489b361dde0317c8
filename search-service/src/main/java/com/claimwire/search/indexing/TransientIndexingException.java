package com.claimwire.search.indexing;

/**
 * Elasticsearch could not take a batch right now (unreachable, 429, 5xx). The batch is retried with backoff and
 * its offsets are not committed until it succeeds.
 */
public class TransientIndexingException extends RuntimeException {

    public TransientIndexingException(String message) {
        super(message);
    }

    public TransientIndexingException(String message, Throwable cause) {
        super(message, cause);
    }
}
