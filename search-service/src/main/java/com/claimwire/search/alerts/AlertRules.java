package com.claimwire.search.alerts;

import com.claimwire.contracts.EventCodec;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates, changes and deletes alert rules: validated and compiled first (so a rule that cannot be matched is
 * refused), the webhook secret sealed, stored in Elasticsearch, then announced on the compacted rule topic, from which every instance
 * (this one included) rebuilds its matcher. This instance also applies the change at once.
 */
@Component
class AlertRules {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final AlertRuleStore store;
    private final RuleMatcher matcher;
    private final WebhookTargetPolicy targets;
    private final KafkaTemplate<String, byte[]> kafka;
    private final AlertTopics topics;
    private final SecretCipher cipher;
    private final Clock clock = Clock.systemUTC();

    AlertRules(AlertRuleStore store, RuleMatcher matcher, WebhookTargetPolicy targets,
            KafkaTemplate<String, byte[]> kafka, AlertTopics topics, SecretCipher cipher) {
        this.store = store;
        this.matcher = matcher;
        this.targets = targets;
        this.kafka = kafka;
        this.topics = topics;
        this.cipher = cipher;
    }

    RuleDocument create(RuleRequest request) throws IOException {
        AlertRule rule = checked(request.toRule(UUID.randomUUID().toString(), 1, cipher));
        Instant now = clock.instant();
        return write(RuleDocument.of(rule, now, now));
    }

    /** @return the new revision, or empty when there is no such rule */
    Optional<RuleDocument> update(String id, RuleRequest request) throws IOException {
        Optional<RuleDocument> existing = store.find(id);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        AlertRule rule = checked(request.toRule(id, existing.get().revision() + 1, cipher));
        return Optional.of(write(RuleDocument.of(rule, existing.get().createdAt(), clock.instant())));
    }

    /** @return {@code false} when there was no such rule */
    boolean delete(String id) throws IOException {
        boolean existed = store.delete(id);
        send(id, null);
        matcher.remove(id);
        return existed;
    }

    Optional<RuleDocument> find(String id) throws IOException {
        return store.find(id);
    }

    List<RuleDocument> list(int from, int size) throws IOException {
        return store.list(from, size);
    }

    private AlertRule checked(AlertRule rule) {
        matcher.compile(rule);
        if (rule.webhook() != null) {
            try {
                targets.check(rule.webhook().url());
            } catch (WebhookTargetPolicy.RefusedTargetException refused) {
                throw new InvalidAlertRuleException(List.of("webhook.url is refused: " + refused.getMessage()));
            }
        }
        return rule;
    }

    private RuleDocument write(RuleDocument document) throws IOException {
        store.save(document);
        send(document.id(), EventCodec.encode(document.changed()));
        matcher.put(document.rule());
        return document;
    }

    private void send(String ruleId, byte[] value) {
        try {
            kafka.send(topics.rules(), ruleId, value).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertingUnavailableException("interrupted while announcing rule " + ruleId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AlertingUnavailableException("rule " + ruleId + " is stored but could not be announced to other "
                    + "instances; repeat the request: " + e.getMessage(), e);
        }
    }
}
