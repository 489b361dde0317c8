package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertRaised;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Matches each tracked claim against every rule, stores the alerts and publishes the new ones, keyed by rule id.
 * The batch is acknowledged only when all of that is durable; a transient failure fails the batch, which the
 * container retries (stored alerts are idempotent). An unreadable record goes to the dead-letter topic, and so does a
 * claim whose alerts can never be published (too large, refused by the broker), with the reason; a rule that fails
 * while matching is noted on the rule and the other rules go on matching.
 */
@Component
class AlertMatching {

    static final String LISTENER_ID = "alert-matching";

    private static final Logger log = LoggerFactory.getLogger(AlertMatching.class);

    private final RuleMatcher matcher;
    private final AlertStore alerts;
    private final AlertRuleStore rules;
    private final KafkaTemplate<String, byte[]> kafka;
    private final AlertTopics topics;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final MeterRegistry meters;
    private final PublishLimits limits;
    private final Clock clock = Clock.systemUTC();

    AlertMatching(RuleMatcher matcher, AlertStore alerts, AlertRuleStore rules, KafkaTemplate<String, byte[]> kafka,
            AlertTopics topics, DeadLetterPublishingRecoverer deadLetters, MeterRegistry meters) {
        this.matcher = matcher;
        this.alerts = alerts;
        this.rules = rules;
        this.kafka = kafka;
        this.topics = topics;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.limits = new PublishLimits(kafka);
    }

    /** Started by {@link RuleTopicCatchUp} once every rule on the topic at startup is read, not with the context. */
    @KafkaListener(id = LISTENER_ID, topics = "#{@alertTopics.trackedClaims()}",
            groupId = "#{@alertTopics.matchingGroup()}", batch = "true", autoStartup = "false",
            containerPostProcessor = "alertListenerRetries")
    void onTrackedClaims(List<ConsumerRecord<String, byte[]>> records) {
        List<ClaimTracked> claims = new ArrayList<>(records.size());
        Map<String, ConsumerRecord<String, byte[]>> recordsByClaim = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                ClaimTracked claim = EventCodec.decode(Topics.TRACKED_CLAIMS, record.value());
                claims.add(claim);
                recordsByClaim.putIfAbsent(claim.extracted().claim().id(), record);
            } catch (InvalidEventException e) {
                log.warn("Dead-lettering unreadable tracked claim {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
                deadLetters.accept(record, e);
            }
        }
        List<AlertRaised> raised;
        try {
            raised = raise(claims);
        } catch (IOException e) {
            throw new UncheckedIOException("alerts could not be stored: " + e.getMessage(), e);
        }
        publish(raised).forEach((claimId, reason) -> {
            ConsumerRecord<String, byte[]> record = recordsByClaim.get(claimId);
            log.warn("Dead-lettering tracked claim {} ({}-{}@{}): {}", claimId, record.topic(), record.partition(),
                    record.offset(), reason);
            deadLetters.accept(record, new UnpublishableAlertsException(reason));
        });
    }

    /** Matches {@code claims} and stores what they raise; returns the alerts to publish, in claim order. */
    List<AlertRaised> raise(List<ClaimTracked> claims) throws IOException {
        List<RuleMatcher.Matches> outcomes = matcher.matchAll(claims);
        Map<String, String> failures = new LinkedHashMap<>();
        List<AlertRaised> raised = new ArrayList<>();
        Instant now = clock.instant();
        List<AlertStore.Match> matched = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            RuleMatcher.Matches matches = outcomes.get(i);
            failures.putAll(matches.failures());
            for (AlertRule rule : matches.rules()) {
                matched.add(new AlertStore.Match(rule, claims.get(i)));
            }
        }
        for (AlertRaised alert : alerts.recordAll(matched, now)) {
            log.debug("Alert {} of rule {} raised by claim {}", alert.alertId(), alert.ruleId(),
                    alert.trigger().extracted().claim().id());
            raised.add(alert);
        }
        meters.counter("claimwire.alerts.claims.matched").increment(claims.size());
        meters.counter("claimwire.alerts.raised").increment(raised.size());
        for (var failure : failures.entrySet()) {
            log.warn("Alert rule {} failed while matching: {}", failure.getKey(), failure.getValue());
            meters.counter("claimwire.alerts.rule.failures").increment();
            rules.recordMatchError(failure.getKey(), failure.getValue(), now);
        }
        return raised;
    }

    /**
     * Publishes {@code raised}, except the alerts of a claim with an alert that can never be published: none of that
     * claim's alerts is sent when one is found too large beforehand.
     *
     * @return the claims (by id) whose alerts can never be published, with the reason
     * @throws IllegalStateException when the broker must be tried again later
     */
    Map<String, String> publish(List<AlertRaised> raised) {
        Map<String, String> unpublishable = new LinkedHashMap<>();
        Map<AlertRaised, byte[]> encoded = new LinkedHashMap<>();
        for (AlertRaised alert : raised) {
            byte[] value = EventCodec.encode(alert);
            String refusal = limits.refusal(alert.key(), value);
            if (refusal != null) {
                unpublishable.putIfAbsent(triggerOf(alert), "alert " + alert.alertId() + " of rule " + alert.ruleId()
                        + " cannot be published: " + refusal);
            }
            encoded.put(alert, value);
        }
        Map<AlertRaised, CompletableFuture<?>> sends = new LinkedHashMap<>();
        encoded.forEach((alert, value) -> {
            if (!unpublishable.containsKey(triggerOf(alert))) {
                sends.put(alert, kafka.send(topics.alerts(), alert.key(), value));
            }
        });
        PublishLimits.awaitAll(sends, "alerts", (alert, reason) -> unpublishable.putIfAbsent(triggerOf(alert),
                "alert " + alert.alertId() + " of rule " + alert.ruleId() + " was refused by the broker: " + reason));
        return unpublishable;
    }

    private static String triggerOf(AlertRaised alert) {
        return alert.trigger().extracted().claim().id();
    }
}
