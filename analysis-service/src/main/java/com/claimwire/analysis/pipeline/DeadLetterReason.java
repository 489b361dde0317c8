package com.claimwire.analysis.pipeline;

import com.claimwire.contracts.InvalidEventException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Why a record went to the dead-letter topic, in the header every Claimwire consumer reads. */
final class DeadLetterReason {

    /** Header with the reason, in plain words. */
    static final String HEADER = "claimwire-dlt-reason";

    /**
     * Failures that the same bytes would hit again: never retried. An article whose results outgrow the producer's
     * limit (found before sending) or the topic's (found by the broker) is one of them.
     */
    @SuppressWarnings("unchecked")
    static final Class<? extends Exception>[] POISON = new Class[] {
        InvalidEventException.class, AnalysisFailedException.class, UnpublishableResultsException.class,
        RecordTooLargeException.class
    };

    private DeadLetterReason() {
    }

    /** The reason header for a record that failed with {@code failure}. */
    static Headers header(ConsumerRecord<?, ?> record, Exception failure) {
        return new RecordHeaders().add(HEADER, of(failure).getBytes(StandardCharsets.UTF_8));
    }

    /** The poison cause's message when there is one, else the innermost cause. */
    static String of(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException) {
                return "results too large to publish: " + cause.getMessage();
            }
            if (cause instanceof InvalidEventException || cause instanceof AnalysisFailedException
                    || cause instanceof UnpublishableResultsException) {
                return cause.getMessage();
            }
            innermost = cause;
        }
        return String.valueOf(innermost);
    }
}
