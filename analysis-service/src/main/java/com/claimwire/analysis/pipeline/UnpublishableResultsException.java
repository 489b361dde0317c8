package com.claimwire.analysis.pipeline;

/**
 * An article's results cannot be published as they are (too large for the producer, or not serialisable). The same
 * article gives the same results again, so its raw record goes to the dead-letter topic instead of blocking its
 * partition; nothing of it has been sent, so a replay after the cause is fixed duplicates nothing.
 */
final class UnpublishableResultsException extends RuntimeException {

    UnpublishableResultsException(String message) {
        super(message);
    }

    UnpublishableResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
