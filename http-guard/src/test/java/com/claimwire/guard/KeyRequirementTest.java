package com.claimwire.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KeyRequirementTest {

    private static final List<String> OPEN = List.of("/actuator/health/**", "/", "/app.js");

    private final KeyRequirement openReads = new KeyRequirement(false, OPEN);
    private final KeyRequirement protectedReads = new KeyRequirement(true, OPEN);

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post"})
    void writesAlwaysNeedAKey(String method) {
        assertThat(openReads.needsKey(method, "/api/articles")).isTrue();
        assertThat(protectedReads.needsKey(method, "/api/articles")).isTrue();
    }

    @Test
    void readsAreOpenByDefault() {
        assertThat(openReads.needsKey("GET", "/api/search")).isFalse();
        assertThat(openReads.needsKey("HEAD", "/api/feeds")).isFalse();
    }

    @Test
    void protectedReadsNeedAKeyExceptOnOpenPaths() {
        assertThat(protectedReads.needsKey("GET", "/api/search")).isTrue();
        assertThat(protectedReads.needsKey("HEAD", "/actuator/prometheus")).isTrue();
        assertThat(protectedReads.needsKey("GET", "/actuator/health")).isFalse();
        assertThat(protectedReads.needsKey("GET", "/actuator/health/readiness")).isFalse();
        assertThat(protectedReads.needsKey("GET", "/")).isFalse();
        assertThat(protectedReads.needsKey("GET", "/app.js")).isFalse();
        assertThat(protectedReads.needsKey("GET", "/app.js.map")).isTrue();
        assertThat(protectedReads.needsKey("GET", "/actuator/healthz")).isTrue();
    }

    @Test
    void preflightsNeverNeedAKey() {
        assertThat(protectedReads.needsKey("OPTIONS", "/api/alert-rules")).isFalse();
    }
}
