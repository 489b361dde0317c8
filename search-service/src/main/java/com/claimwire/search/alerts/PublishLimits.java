package com.claimwire.search.alerts;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What alerting's producer can never send. A record above the producer's {@code max.request.size} is found before
 * anything is sent; one the broker refuses as it is (above the topic's limit, or invalid) fails the same way on every
 * retry. Either would stall its partition if retried, so its input is dead-lettered instead; any other failure (the
 * broker away, a timeout) is retried.
 */
final class PublishLimits {

    private static final Header[] NO_HEADERS = new Header[0];
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final int maxRequestSize;

    PublishLimits(KafkaTemplate<?, ?> kafka) {
        Object configured = kafka.getProducerFactory().getConfigurationProperties()
                .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        this.maxRequestSize = configured == null
                ? (Integer) ProducerConfig.configDef().defaultValues().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)
                : configured instanceof Number number ? number.intValue() : Integer.parseInt(configured.toString().strip());
    }

    /** Why the producer would refuse {@code value} under {@code key}, or {@code null} when it takes it. */
    String refusal(String key, byte[] value) {
        // The bound the producer itself checks against max.request.size, whatever the compression.
        int size = AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, NO_HEADERS);
        return size > maxRequestSize
                ? "%d bytes, above the producer's max.request.size of %d bytes".formatted(size, maxRequestSize)
                : null;
    }

    /**
     * Waits for every send of {@code sends} (30 s in all), reporting each record the broker refused for good to
     * {@code refused} with the reason.
     *
     * @param what what is being published, for the messages
     * @throws IllegalStateException when a send failed in a way worth retrying (the broker away, a timeout)
     */
    static <K> void awaitAll(Map<K, ? extends CompletableFuture<?>> sends, String what, BiConsumer<K, String> refused) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SEND_TIMEOUT_SECONDS);
        for (var send : sends.entrySet()) {
            try {
                send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing " + what, e);
            } catch (ExecutionException e) {
                if (!refusedForGood(e)) {
                    throw new IllegalStateException(what + " could not be published: " + e.getMessage(), e);
                }
                refused.accept(send.getKey(), reason(e));
            } catch (TimeoutException e) {
                throw new IllegalStateException(what + " could not be published in time", e);
            }
        }
    }

    /** Whether the send failure {@code failure} would happen again for the same record, whatever the wait. */
    static boolean refusedForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message of {@code failure}, for a dead-letter reason. */
    static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }
}
