package com.claimwire.search.indexing;

import com.claimwire.search.config.SearchProperties;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.ExponentialBackOff;

/** Failure handling of the indexing consumers: dead letters for poison, endless backoff for transient errors. */
@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IndexingConfiguration.class);

    /** The header that says why a record was dead-lettered. */
    static final String DEAD_LETTER_REASON_HEADER = "claimwire-dlt-reason";

    /**
     * Publishes to {@code <topic>.dlt}, letting the producer choose the partition by key, with the reason and
     * Spring Kafka's original topic, partition and offset headers.
     */
    @Bean
    DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaOperations<?, ?> kafka, IndexedTopics topics) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(topics.deadLetterTopicOf(record.topic()), -1));
        recoverer.addHeadersFunction((record, exception) -> {
            String reason = NestedExceptionUtils.getMostSpecificCause(exception).getMessage();
            var headers = new RecordHeaders();
            headers.add(DEAD_LETTER_REASON_HEADER, String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        return recoverer;
    }

    /**
     * A failed batch is retried, consumer paused, until it succeeds: Elasticsearch may be down for a while and no
     * record may be skipped. Only exceptions Spring Kafka deems fatal (conversion errors) reach the recoverer.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetterPublishingRecoverer recoverer, SearchProperties properties) {
        var indexing = properties.indexing();
        var backOff = new ExponentialBackOff(indexing.retryInitialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(indexing.retryMaxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                log.warn("Indexing {}-{}@{} failed (attempt {}), retrying: {}", record.topic(), record.partition(),
                        record.offset(), attempt, NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int attempt) {
                log.warn("Indexing a batch of {} records of {} failed (attempt {}), retrying: {}", records.count(),
                        records.partitions(), attempt, NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
            }
        });
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(IndexedTopics topics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(topics.deadLetterTopics())
                .map(name -> TopicBuilder.name(name).partitions(1).build())
                .toArray(NewTopic[]::new));
    }
}
