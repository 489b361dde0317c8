package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "0123456789abcdef";
    private static final byte[] BODY = "{\"alertId\":\"a1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureVerifiesForItsBodyAndTimestampOnly() {
        String signature = WebhookSignature.sign(SECRET, 1_700_000_000L, BODY);

        assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
        assertThat(WebhookSignature.verify(SECRET, 1_700_000_000L, BODY, signature)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, 1_700_000_001L, BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1_700_000_000L, "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(WebhookSignature.verify("another-secret-value", 1_700_000_000L, BODY, signature)).isFalse();
    }

    @Test
    void theSignatureIsHmacSha256OverTimestampDotBody() {
        // Known answer computed independently: printf '1.{}' | openssl dgst -sha256 -hmac 0123456789abcdef
        assertThat(WebhookSignature.sign(SECRET, 1, "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=2af693cb56b22c16912222aeefdc75a01de562bf70ee2015f41ecea48382997f");
    }

    @Test
    void retriesBackOffExponentiallyUpToTheLongestWait() {
        var schedule = new RetrySchedule(5, Duration.ofMillis(100), 2.0, Duration.ofMillis(500));

        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(schedule.retriesAfter(4)).isTrue();
        assertThat(schedule.retriesAfter(5)).isFalse();
    }
}
