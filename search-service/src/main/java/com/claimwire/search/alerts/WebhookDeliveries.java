package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertRaised;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Delivers alerts to their rules' webhooks: at least once, signed, retried with exponential backoff, logged per
 * attempt, and dead-lettered after the last attempt until replayed.
 *
 * <p>The alerts topic is read in one group shared by all instances. A delivery is stored as pending before the
 * batch is acknowledged, then attempted on a scheduler; each attempt first takes a short lease on the stored
 * delivery, so that two instances never attempt it at once. Deliveries left pending by a stopped instance are
 * picked up by the periodic sweep.
 */
@Component
class WebhookDeliveries implements DisposableBean {

    static final String LISTENER_ID = "alert-webhooks";

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);
    private static final int SWEEP_BATCH = 500;
    private static final int LOG_SIZE = 200;

    private final DeliveryStore store;
    private final RuleMatcher matcher;
    private final AlertRuleStore rules;
    private final WebhookTargetPolicy targets;
    private final SecretCipher cipher;
    private final WebhookClient client;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "alert-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    WebhookDeliveries(DeliveryStore store, RuleMatcher matcher, AlertRuleStore rules, WebhookTargetPolicy targets,
            SecretCipher cipher, AlertsProperties properties, MeterRegistry meters) {
        var webhooks = properties.webhooks();
        this.store = store;
        this.matcher = matcher;
        this.rules = rules;
        this.targets = targets;
        this.cipher = cipher;
        this.client = new WebhookClient(webhooks.allowed(), webhooks.connectTimeout(), webhooks.requestTimeout());
        this.schedule = webhooks.schedule();
        this.lease = webhooks.connectTimeout().plus(webhooks.requestTimeout()).multipliedBy(2);
        this.meters = meters;
        long sweep = webhooks.orphanSweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{@alertTopics.alerts()}",
            groupId = "#{@alertTopics.webhookGroup()}", batch = "true", containerPostProcessor = "alertListenerRetries")
    void onAlerts(List<ConsumerRecord<String, byte[]>> records) {
        List<String> created = new ArrayList<>();
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                AlertRaised alert;
                try {
                    alert = EventCodec.decode(Topics.ALERTS, record.value());
                } catch (InvalidEventException e) {
                    log.warn("No webhook delivery for unreadable alert {}-{}@{}: {}", record.topic(), record.partition(),
                            record.offset(), e.getMessage());
                    continue;
                }
                Optional<AlertRule.Webhook> webhook = webhookOf(alert.ruleId());
                if (webhook.isPresent() && store.createIfAbsent(DeliveryDocument.pending(alert.alertId(),
                        alert.ruleId(), new String(EventCodec.encode(alert), java.nio.charset.StandardCharsets.UTF_8),
                        clock.instant()))) {
                    created.add(alert.alertId());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("webhook deliveries could not be stored: " + e.getMessage(), e);
        }
        created.forEach(alertId -> scheduler.execute(() -> attempt(alertId)));
    }

    /** The delivery log of {@code ruleId}, newest first, optionally only in {@code state}. */
    List<DeliveryDocument> log(String ruleId, DeliveryState state) throws IOException {
        return store.list(ruleId, state, LOG_SIZE);
    }

    /** Makes the dead letters of {@code ruleId} pending again and attempts them; returns how many. */
    int replayDeadLetters(String ruleId) throws IOException {
        int replayed = 0;
        for (DeliveryDocument dead : store.list(ruleId, DeliveryState.DEAD_LETTER, SWEEP_BATCH)) {
            Optional<DeliveryStore.Versioned> read = store.find(dead.alertId());
            if (read.isPresent() && read.get().delivery().state() == DeliveryState.DEAD_LETTER
                    && store.replace(read.get(), read.get().delivery().replayed(clock.instant()))) {
                replayed++;
                scheduler.execute(() -> attempt(dead.alertId()));
            }
        }
        return replayed;
    }

    private Optional<AlertRule.Webhook> webhookOf(String ruleId) throws IOException {
        Optional<AlertRule> held = matcher.rule(ruleId);
        AlertRule rule = held.isPresent() ? held.get() : rules.find(ruleId).map(RuleDocument::rule).orElse(null);
        return rule == null ? Optional.empty() : Optional.ofNullable(rule.webhook());
    }

    private void sweep() {
        try {
            for (DeliveryDocument due : store.due(clock.instant(), SWEEP_BATCH)) {
                attempt(due.alertId());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Sweeping pending webhook deliveries failed, trying again later: {}", e.toString());
        }
    }

    /** One attempt of a pending, due delivery; schedules the next one when it fails and retries remain. */
    void attempt(String alertId) {
        try {
            attemptOnce(alertId);
        } catch (IOException | RuntimeException e) {
            // The delivery stays pending in the store; the sweep attempts it again.
            log.warn("Webhook delivery of alert {} could not be attempted: {}", alertId, e.toString());
        }
    }

    private void attemptOnce(String alertId) throws IOException {
        Instant now = clock.instant();
        Optional<DeliveryStore.Versioned> read = store.find(alertId);
        if (read.isEmpty() || read.get().delivery().state() != DeliveryState.PENDING
                || read.get().delivery().nextAttemptAt().isAfter(now)) {
            return;
        }
        DeliveryDocument leased = read.get().delivery().leasedUntil(now.plus(lease), now);
        if (!store.replace(read.get(), leased)) {
            return;
        }
        DeliveryStore.Versioned held = store.find(alertId).orElseThrow();
        int number = leased.attempts() + 1;
        DeliveryDocument.Attempt attempt = post(leased, number);
        boolean delivered = attempt.error() == null;
        Instant after = clock.instant();
        DeliveryDocument next;
        if (delivered) {
            next = leased.after(attempt, DeliveryState.DELIVERED, null, after);
        } else if (schedule.retriesAfter(number)) {
            Duration delay = schedule.delayAfter(number);
            next = leased.after(attempt, DeliveryState.PENDING, after.plus(delay), after);
            scheduler.schedule(() -> attempt(alertId), delay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            next = leased.after(attempt, DeliveryState.DEAD_LETTER, null, after);
            log.warn("Webhook delivery of alert {} for rule {} failed {} times and is now a dead letter: {}", alertId,
                    leased.ruleId(), number, attempt.error());
        }
        meters.counter("claimwire.alerts.webhook.attempts", "outcome", delivered ? "delivered" : "failed").increment();
        store.replace(held, next);
    }

    private DeliveryDocument.Attempt post(DeliveryDocument delivery, int number) throws IOException {
        Instant started = clock.instant();
        Optional<AlertRule.Webhook> webhook = webhookOf(delivery.ruleId());
        if (webhook.isEmpty()) {
            return failed(started, null, "the rule has no webhook any more");
        }
        URI url = webhook.get().url();
        try {
            targets.check(url);
            String secret = cipher.open(delivery.ruleId(), webhook.get().sealedSecret());
            int status = client.post(url, secret, delivery.alertId(), number, delivery.body(), started.getEpochSecond());
            return status >= 200 && status < 300
                    ? new DeliveryDocument.Attempt(started, status, null, millisSince(started))
                    : failed(started, status, "the receiver answered " + status);
        } catch (WebhookTargetPolicy.RefusedTargetException e) {
            return failed(started, null, "refused target: " + e.getMessage());
        } catch (SecretCipher.UnreadableSecretException e) {
            return failed(started, null, "the webhook secret cannot be used: " + e.getMessage());
        } catch (IOException e) {
            return failed(started, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, null, "interrupted");
        }
    }

    private DeliveryDocument.Attempt failed(Instant started, Integer status, String error) {
        return new DeliveryDocument.Attempt(started, status, error, millisSince(started));
    }

    private long millisSince(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
