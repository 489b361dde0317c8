package com.claimwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ClaimBatchingTest {

    @Test
    void becomesTheClaimsConsumersFetchSettings() {
        var batching = new ClaimBatching(DataSize.ofKilobytes(64), Duration.ofMillis(250));

        assertThat(batching.consumerProperties()).containsExactly("fetch.min.bytes=65536", "fetch.max.wait.ms=250");
    }

    @Test
    void refusesSettingsKafkaCannotTake() {
        assertThatThrownBy(() -> new ClaimBatching(DataSize.ofBytes(0), Duration.ofMillis(250)))
                .hasMessageContaining("fetch-min-bytes");
        assertThatThrownBy(() -> new ClaimBatching(DataSize.ofBytes(1), Duration.ofMillis(-1)))
                .hasMessageContaining("fetch-max-wait");
    }
}
