package com.claimwire.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(List.of("dev-key", "newsroom-key", " ", ""));

    @Test
    void configuredKeysAreKnown() {
        assertThat(keys.isKnown("dev-key")).isTrue();
        assertThat(keys.isKnown("newsroom-key")).isTrue();
    }

    @Test
    void missingBlankPrefixExtendedOrWrongKeysAreUnknown() {
        assertThat(keys.isKnown(null)).isFalse();
        assertThat(keys.isKnown("")).isFalse();
        assertThat(keys.isKnown(" ")).isFalse();
        assertThat(keys.isKnown("dev-ke")).isFalse();
        assertThat(keys.isKnown("dev-key2")).isFalse();
        assertThat(keys.isKnown("DEV-KEY")).isFalse();
    }

    @Test
    void blankEntriesAreNotKeysAndTheKeysNeverShowInText() {
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.toString()).doesNotContain("dev-key").doesNotContain("newsroom-key");
    }
}
