package com.claimwire.ops.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void theDeadLetterHeadersSayWhereTheRecordCameFromAndWhy() {
        RecordHeaders headers = deadLetterHeaders();

        DeadLetter deadLetter = DeadLetter.of(headers, "fallback");

        assertThat(deadLetter.originalTopic()).isEqualTo("ns.claimwire.articles.raw");
        assertThat(deadLetter.originalPosition()).isEqualTo("3@1234567890123");
        assertThat(deadLetter.reason()).isEqualTo("results too large to publish: 2000000 bytes");
    }

    @Test
    void theReplayKeepsTheRecordsOwnHeadersAndDropsEveryDeadLetterHeader() {
        DeadLetter deadLetter = DeadLetter.of(deadLetterHeaders(), "fallback");

        assertThat(deadLetter.headersToKeep()).extracting(Header::key).containsExactly("traceparent");
    }

    @Test
    void withoutHeadersTheRecordGoesBackToTheTopicOfItsDeadLetterTopicAndSpringsMessageIsTheReason() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetter.EXCEPTION_MESSAGE, utf8("Listener failed; not JSON"));

        DeadLetter deadLetter = DeadLetter.of(headers, "ns.claimwire.claims");

        assertThat(deadLetter.originalTopic()).isEqualTo("ns.claimwire.claims");
        assertThat(deadLetter.originalPosition()).isNull();
        assertThat(deadLetter.reason()).isEqualTo("Listener failed; not JSON");
        assertThat(deadLetter.headersToKeep()).isEmpty();
    }

    private static RecordHeaders deadLetterHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", utf8("00-abc-def-01"));
        headers.add(DeadLetter.ORIGINAL_TOPIC, utf8("ns.claimwire.articles.raw"));
        headers.add(DeadLetter.ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(3).array());
        headers.add(DeadLetter.ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(1_234_567_890_123L).array());
        headers.add("kafka_dlt-exception-fqcn", utf8("org.apache.kafka.common.errors.RecordTooLargeException"));
        headers.add(DeadLetter.REASON, utf8("results too large to publish: 2000000 bytes"));
        return headers;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
