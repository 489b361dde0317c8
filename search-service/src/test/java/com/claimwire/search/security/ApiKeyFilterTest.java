package com.claimwire.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyFilterTest {

    private final ApiKeyFilter filter = new ApiKeyFilter(new ApiKeyProperties(List.of("dev-key", "newsroom-key", " ")));

    @Test
    void configuredKeysAreAccepted() {
        assertThat(filter.isKnown("dev-key")).isTrue();
        assertThat(filter.isKnown("newsroom-key")).isTrue();
    }

    @Test
    void missingBlankOrWrongKeysAreRefused() {
        assertThat(filter.isKnown(null)).isFalse();
        assertThat(filter.isKnown(" ")).isFalse();
        assertThat(filter.isKnown("")).isFalse();
        assertThat(filter.isKnown("dev-ke")).isFalse();
        assertThat(filter.isKnown("dev-key2")).isFalse();
    }
}
