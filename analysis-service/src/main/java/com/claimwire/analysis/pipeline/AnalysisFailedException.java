package com.claimwire.analysis.pipeline;

/**
 * The claims engine failed on an article, against its contract. Retrying the same bytes fails the same way,
 * so the record goes to the dead-letter topic instead of blocking its partition.
 */
final class AnalysisFailedException extends RuntimeException {

    AnalysisFailedException(String articleId, RuntimeException cause) {
        super("analysis of article " + articleId + " failed: " + cause, cause);
    }
}
