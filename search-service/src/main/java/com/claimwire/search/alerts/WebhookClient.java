package com.claimwire.search.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** POSTs signed alert bodies to webhook receivers, never following redirects (they would bypass the SSRF guard). */
final class WebhookClient {

    /** The alert id header, for receivers to deduplicate by. */
    static final String ALERT_ID_HEADER = "X-Claimwire-Alert-Id";
    /** Which attempt this is, from 1. */
    static final String ATTEMPT_HEADER = "X-Claimwire-Delivery-Attempt";

    private final HttpClient http;
    private final Duration requestTimeout;

    WebhookClient(Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    /**
     * POSTs {@code body}, signed with {@code secret} at {@code timestampSeconds}.
     *
     * @return the receiver's HTTP status
     * @throws java.io.IOException when there was no answer
     */
    int post(URI target, String secret, String alertId, int attempt, String body, long timestampSeconds)
            throws java.io.IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "claimwire-alerts")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestampSeconds))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestampSeconds, bytes))
                .header(ALERT_ID_HEADER, alertId)
                .header(ATTEMPT_HEADER, Integer.toString(attempt))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
