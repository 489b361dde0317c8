package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.AlertConditions;
import com.claimwire.contracts.AlertRuleChanged;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.search.config.KafkaNamespaceProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

class RuleChangesListenerTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";
    private static final SecretCipher CIPHER = SecretCipher.fromBase64(AlertsProperties.DEVELOPMENT_SECRET_KEY);

    private final RuleMatcher matcher = new RuleMatcher();
    private final RuleChangesListener listener = new RuleChangesListener(matcher, CIPHER, new RuleTopicCatchUp(matcher,
            new AlertTopics(new KafkaNamespaceProperties("", 1)), new KafkaListenerEndpointRegistry()));

    @AfterEach
    void close() throws IOException {
        matcher.close();
    }

    @Test
    void aVersionOneRuleStillOnTheTopicIsHeldWithItsSecretSealed() {
        String versionOne = """
                {"schemaVersion":1,"ruleId":"r1","revision":2,"name":"Reversals","statuses":["REVERSAL"],
                 "webhookUrl":"https://example.org/hook","webhookSecret":"%s"}""".formatted(SECRET);

        listener.apply(List.of(record(0, "r1", versionOne.getBytes(StandardCharsets.UTF_8))));

        AlertRule held = matcher.rule("r1").orElseThrow();
        assertThat(held.conditions().statuses()).containsExactly(TrackingStatus.REVERSAL);
        assertThat(held.webhook().sealedSecret()).startsWith(SecretCipher.PREFIX).doesNotContain(SECRET);
        assertThat(CIPHER.open("r1", held.webhook().sealedSecret())).isEqualTo(SECRET);
    }

    @Test
    void aCurrentRuleIsHeldWithTheSealedSecretItCarries() {
        String sealed = CIPHER.seal("r2", SECRET);
        AlertRuleChanged changed = new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, "r2", 1, "Drones", "drones",
                AlertConditions.NONE, "https://example.org/hook", sealed, Instant.now());

        listener.apply(List.of(record(0, "r2", EventCodec.encode(changed))));

        assertThat(matcher.rule("r2").orElseThrow().webhook().sealedSecret()).isEqualTo(sealed);
    }

    @Test
    void theLatestChangeOfABatchWinsAndATombstoneRemoves() {
        AlertRuleChanged first = new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, "r3", 1, "Drones", "drones",
                null, null, null, Instant.now());
        AlertRuleChanged second = new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, "r3", 2, "Drones", "missiles",
                null, null, null, Instant.now());

        listener.apply(List.of(record(0, "r3", EventCodec.encode(first)), record(1, "r3", EventCodec.encode(second)),
                record(2, "unreadable", "{not json".getBytes(StandardCharsets.UTF_8))));
        assertThat(matcher.rule("r3")).hasValueSatisfying(rule -> assertThat(rule.query()).isEqualTo("missiles"));

        listener.apply(List.of(record(3, "r3", null)));
        assertThat(matcher.rule("r3")).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String key, byte[] value) {
        return new ConsumerRecord<>("claimwire.alerts.rules", 0, offset, key, value);
    }
}
