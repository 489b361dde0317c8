package com.claimwire.ops.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimwire.contracts.Topics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayOptionsTest {

    @Test
    void aTopicNamedWithItsNamespaceAndDeadLetterSuffixMeansThatTopic() {
        ReplayOptions options = ReplayOptions.parse(List.of("--topic", "tenant.claimwire.articles.raw.dlt",
                "--namespace", "tenant", "--bootstrap-servers", "broker:9092"), Map.of());

        assertThat(options.topic()).isEqualTo(Topics.RAW_ARTICLES);
        assertThat(options.deadLetterTopic()).isEqualTo("tenant.claimwire.articles.raw.dlt");
        assertThat(options.originalTopic()).isEqualTo("tenant.claimwire.articles.raw");
        assertThat(options.bootstrapServers()).isEqualTo("broker:9092");
        assertThat(options.dryRun()).isFalse();
    }

    @Test
    void theBareTopicNameWorksAndTheEnvironmentOfTheServicesGivesTheDefaults() {
        ReplayOptions options = ReplayOptions.parse(List.of("--topic", "claimwire.claims", "--dry-run"),
                Map.of("CLAIMWIRE_KAFKA_NAMESPACE", "demo", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"));

        assertThat(options.deadLetterTopic()).isEqualTo("demo.claimwire.claims.dlt");
        assertThat(options.bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(options.dryRun()).isTrue();
    }

    @Test
    void withoutANamespaceTheTopicsAndTheReplayGroupAreUnprefixed() {
        ReplayOptions options = ReplayOptions.parse(List.of("--topic", "claimwire.alerts.rules"), Map.of());

        assertThat(options.deadLetterTopic()).isEqualTo("claimwire.alerts.rules.dlt");
        assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(options.replayGroup()).isEqualTo("claimwire-ops.replay-dlt");
    }

    @Test
    void theReplayGroupIsNamespacedSoThatStacksSharingABrokerRememberTheirOwnReplays() {
        assertThat(ReplayOptions.parse(List.of("--topic", "claimwire.feeds", "--namespace", "a"), Map.of())
                .replayGroup()).isEqualTo("a.claimwire-ops.replay-dlt");
    }

    @Test
    void anUnknownTopicIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ReplayOptions.parse(List.of("--topic", "claimwire.nope"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimwire.nope").hasMessageContaining("claimwire.articles.raw");
    }

    @Test
    void missingTopicMissingValuesAndUnknownArgumentsAreRefused() {
        assertThatThrownBy(() -> ReplayOptions.parse(List.of("--dry-run"), Map.of()))
                .hasMessageContaining("--topic is required");
        assertThatThrownBy(() -> ReplayOptions.parse(List.of("--topic", "--dry-run"), Map.of()))
                .hasMessageContaining("--topic needs a value");
        assertThatThrownBy(() -> ReplayOptions.parse(List.of("--topic", "claimwire.claims", "--force"), Map.of()))
                .hasMessageContaining("unknown argument '--force'");
    }
}
