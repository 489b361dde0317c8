package com.claimwire.search.alerts;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Failure handling of the alert listeners: a batch that failed transiently (Elasticsearch or the broker away) is
 * retried with backoff until it succeeds, never skipped, and each retry is logged saying what that listener was
 * doing. The rule-change listener also reports when idle, so that the {@link RuleTopicCatchUp} gate opens on a
 * rule topic with nothing (more) to read.
 */
@Component("alertListenerRetries")
class AlertListenerRetries
        implements ContainerPostProcessor<String, byte[], AbstractMessageListenerContainer<String, byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(AlertListenerRetries.class);
    private static final long IDLE_REPORT_MILLIS = 500;

    /** What each alert listener does with a batch, as its retry log says it. */
    private static final Map<String, String> WORK = Map.of(
            RuleChangesListener.LISTENER_ID, "Applying a batch of %d alert rule changes",
            AlertMatching.LISTENER_ID, "Matching a batch of %d tracked claims against the alert rules",
            RuleDeadLetters.LISTENER_ID, "Dead-lettering the unreadable records of a batch of %d alert rule changes",
            WebhookDeliveries.LISTENER_ID, "Storing the webhook deliveries of a batch of %d alerts",
            AlertStream.LISTENER_ID, "Sending a batch of %d alerts to stream clients");

    private final DeadLetterPublishingRecoverer deadLetters;
    private final AlertsProperties properties;

    AlertListenerRetries(DeadLetterPublishingRecoverer deadLetters, AlertsProperties properties) {
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    @Override
    public void postProcess(AbstractMessageListenerContainer<String, byte[]> container) {
        String work = WORK.get(container.getListenerId());
        if (work == null) {
            throw new IllegalStateException("no retry wording for alert listener " + container.getListenerId());
        }
        container.setCommonErrorHandler(errorHandler(work));
        if (RuleChangesListener.LISTENER_ID.equals(container.getListenerId())) {
            container.getContainerProperties().setIdleEventInterval(IDLE_REPORT_MILLIS);
        }
    }

    private DefaultErrorHandler errorHandler(String work) {
        var backOff = new ExponentialBackOff(properties.retryInitialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        var handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
                log.warn("{} failed at {}-{}@{} (attempt {}), retrying: {}", work.formatted(1), record.topic(),
                        record.partition(), record.offset(), attempt, cause(failure));
            }

            @Override
            public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int attempt) {
                log.warn("{} of {} failed (attempt {}), retrying: {}", work.formatted(records.count()),
                        records.partitions(), attempt, cause(failure));
            }
        });
        return handler;
    }

    private static String cause(Exception failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
    }
}
