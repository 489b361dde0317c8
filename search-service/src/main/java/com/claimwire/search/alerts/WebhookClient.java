package com.claimwire.search.alerts;

import com.claimwire.guard.AddressPolicy;
import com.claimwire.guard.GuardedDnsResolver;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * POSTs signed alert bodies to webhook receivers. Every attempt opens a new connection whose address is checked by
 * the shared {@link AddressPolicy} and pinned ({@link GuardedDnsResolver}), so a receiver whose DNS answer changes
 * to a private address between attempts, or between check and connect, is refused. Redirects are never followed:
 * a 3xx answer is a failed attempt, so a receiver cannot point the POST somewhere else.
 */
final class WebhookClient {

    /** The alert id header, for receivers to deduplicate by. */
    static final String ALERT_ID_HEADER = "X-Claimwire-Alert-Id";
    /** Which attempt this is, from 1. */
    static final String ATTEMPT_HEADER = "X-Claimwire-Delivery-Attempt";

    private final CloseableHttpClient http;
    private final Duration requestTimeout;

    /** @param allowed addresses or CIDR ranges that may be called although not public (local receivers in tests) */
    WebhookClient(Set<String> allowed, Duration connectTimeout, Duration requestTimeout) {
        this(new GuardedDnsResolver(new AddressPolicy(List.copyOf(allowed))), connectTimeout, requestTimeout);
    }

    WebhookClient(DnsResolver resolver, Duration connectTimeout, Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(requestTimeout))
                                .build())
                        .build())
                // A fresh connection, and so a fresh address check, for every attempt.
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("claimwire-alerts")
                .build();
    }

    /**
     * POSTs {@code body}, signed with {@code secret} at {@code timestampSeconds}.
     *
     * @return the receiver's HTTP status
     * @throws IOException when there was no answer, or the target's address is refused
     *     ({@link com.claimwire.guard.RefusedAddressException})
     */
    int post(URI target, String secret, String alertId, int attempt, String body, long timestampSeconds)
            throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpPost post = new HttpPost(target);
        post.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(requestTimeout)).build());
        post.setHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestampSeconds));
        post.setHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestampSeconds, bytes));
        post.setHeader(ALERT_ID_HEADER, alertId);
        post.setHeader(ATTEMPT_HEADER, Integer.toString(attempt));
        post.setEntity(new ByteArrayEntity(bytes, ContentType.APPLICATION_JSON));
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("webhook delivery interrupted before sending");
        }
        try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
            return response.getCode();
        }
    }
}
