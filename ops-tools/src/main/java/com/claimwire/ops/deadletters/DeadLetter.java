package com.claimwire.ops.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A record read from a dead-letter topic, as the replay sees it: where it came from and why it was set aside (the
 * headers the services' dead-letter publishers add), and the headers it had before.
 *
 * @param originalTopic the topic to republish it to
 * @param originalPosition {@code partition@offset} it had there, or {@code null} when the headers do not say
 * @param reason why it was dead-lettered, or {@code null} when no header says
 * @param headersToKeep its headers without the dead-letter ones
 */
record DeadLetter(String originalTopic, String originalPosition, String reason, Headers headersToKeep) {

    /** Spring Kafka's {@code DeadLetterPublishingRecoverer} headers: original topic, partition, offset, exception. */
    static final String SPRING_PREFIX = "kafka_dlt-";
    static final String ORIGINAL_TOPIC = SPRING_PREFIX + "original-topic";
    static final String ORIGINAL_PARTITION = SPRING_PREFIX + "original-partition";
    static final String ORIGINAL_OFFSET = SPRING_PREFIX + "original-offset";
    static final String EXCEPTION_MESSAGE = SPRING_PREFIX + "exception-message";
    /** Claimwire's reason in plain words. */
    static final String REASON = "claimwire-dlt-reason";

    /**
     * Reads the dead-letter headers of a record.
     *
     * @param fallbackTopic the topic when no header names one: the dead-letter topic's own topic
     */
    static DeadLetter of(Headers headers, String fallbackTopic) {
        String originalTopic = text(headers, ORIGINAL_TOPIC);
        String reason = text(headers, REASON);
        Header partition = headers.lastHeader(ORIGINAL_PARTITION);
        Header offset = headers.lastHeader(ORIGINAL_OFFSET);
        String position = partition == null || offset == null ? null
                : bigEndian(partition.value()) + "@" + bigEndian(offset.value());
        RecordHeaders kept = new RecordHeaders();
        for (Header header : headers) {
            if (!isDeadLetterHeader(header.key())) {
                kept.add(header.key(), header.value());
            }
        }
        return new DeadLetter(originalTopic == null || originalTopic.isBlank() ? fallbackTopic : originalTopic, position,
                reason == null ? text(headers, EXCEPTION_MESSAGE) : reason, kept);
    }

    /** Whether a header was added when the record was dead-lettered, and so must not travel with its replay. */
    static boolean isDeadLetterHeader(String key) {
        return key.toLowerCase(Locale.ROOT).startsWith(SPRING_PREFIX) || key.equals(REASON);
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring Kafka writes the original partition as a 4-byte and the offset as an 8-byte big-endian number. */
    private static long bigEndian(byte[] bytes) {
        if (bytes == null) {
            return -1;
        }
        long value = 0;
        for (byte b : bytes) {
            value = (value << 8) | (b & 0xff);
        }
        return value;
    }
}
