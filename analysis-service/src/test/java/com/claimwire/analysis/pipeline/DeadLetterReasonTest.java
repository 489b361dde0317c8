package com.claimwire.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.InvalidEventException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class DeadLetterReasonTest {

    @Test
    void theReasonIsThePoisonMessageHoweverDeepTheListenerWrappedIt() {
        Exception failure = new ListenerExecutionFailedException("Listener failed",
                new BatchListenerFailedException("batch failed", new InvalidEventException("not JSON: Unexpected character"), 3));

        assertThat(DeadLetterReason.of(failure)).isEqualTo("not JSON: Unexpected character");
    }

    @Test
    void anEngineFailureNamesTheArticle() {
        Exception failure = new BatchListenerFailedException("batch failed",
                new AnalysisFailedException("a-42", new IllegalStateException("index out of range")), 0);

        assertThat(DeadLetterReason.of(failure))
                .isEqualTo("analysis of article a-42 failed: java.lang.IllegalStateException: index out of range");
    }

    @Test
    void resultsTooLargeForTheBrokerSaySo() {
        Exception failure = new BatchListenerFailedException("publishing results failed",
                new RecordTooLargeException("The message is 2000000 bytes when serialized"), 1);

        assertThat(DeadLetterReason.of(failure))
                .isEqualTo("results too large to publish: The message is 2000000 bytes when serialized");
    }

    @Test
    void resultsRefusedBeforeSendingAreDescribedInTheirOwnWords() {
        Exception failure = new ListenerExecutionFailedException("Listener failed", new BatchListenerFailedException(
                "batch failed", new UnpublishableResultsException(
                        "enriched article a-7 is 1.4 MB, above the producer's max.request.size 1.0 MB"), 0));

        assertThat(DeadLetterReason.of(failure))
                .isEqualTo("enriched article a-7 is 1.4 MB, above the producer's max.request.size 1.0 MB");
    }

    @Test
    void anythingElseIsDescribedByItsInnermostCause() {
        Exception failure = new IllegalStateException("outer", new java.io.IOException("disk full"));

        assertThat(DeadLetterReason.of(failure)).isEqualTo("java.io.IOException: disk full");
    }

    @Test
    void theReasonTravelsInTheClaimwireHeader() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("claimwire.articles.raw", 0, 7L, "k", new byte[0]);

        Headers headers = DeadLetterReason.header(record, new InvalidEventException("unknown schema version 9"));

        assertThat(new String(headers.lastHeader("claimwire-dlt-reason").value(), StandardCharsets.UTF_8))
                .isEqualTo("unknown schema version 9");
    }

    @Test
    void poisonIsNeverRetried() {
        assertThat(DeadLetterReason.POISON)
                .contains(InvalidEventException.class, AnalysisFailedException.class, UnpublishableResultsException.class,
                        RecordTooLargeException.class);
    }
}
