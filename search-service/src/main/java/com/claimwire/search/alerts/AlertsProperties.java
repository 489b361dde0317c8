package com.claimwire.search.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of alerting.
 *
 * @param dedupWindow one alert per rule and claim cluster in each window of this length (of claim time)
 * @param streamReplayLimit most alerts replayed to a stream client that resumes with {@code Last-Event-ID}
 * @param streamTimeout how long a stream stays open before the client must reconnect (and resume)
 * @param webhooks how webhooks are called
 * @param secretKey base64 of the 256-bit AES key that seals webhook secrets in the rules index and on the rule topic;
 *     every instance must share it. The default, {@link #DEVELOPMENT_SECRET_KEY}, is for local runs only and is warned
 *     about at startup
 * @param retryInitialInterval first wait before an alert listener's batch that failed transiently is tried again
 * @param retryMaxInterval longest wait between those attempts; a batch is retried until it succeeds
 */
@ConfigurationProperties("claimwire.search.alerts")
record AlertsProperties(
        @DefaultValue("1h") Duration dedupWindow,
        @DefaultValue("1000") int streamReplayLimit,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue Webhooks webhooks,
        @DefaultValue(AlertsProperties.DEVELOPMENT_SECRET_KEY) String secretKey,
        @DefaultValue("200ms") Duration retryInitialInterval,
        @DefaultValue("10s") Duration retryMaxInterval) {

    /** Base64 of "claimwire-dev-webhook-secret-key": public, so only for local runs, like the API key "dev-key". */
    static final String DEVELOPMENT_SECRET_KEY = "Y2xhaW13aXJlLWRldi13ZWJob29rLXNlY3JldC1rZXk=";

    /** Whether the public development key is in use. */
    boolean usesDevelopmentSecretKey() {
        return DEVELOPMENT_SECRET_KEY.equals(secretKey.strip());
    }

    @Override
    public String toString() {
        return "AlertsProperties[dedupWindow=" + dedupWindow + ", streamReplayLimit=" + streamReplayLimit
                + ", streamTimeout=" + streamTimeout + ", webhooks=" + webhooks + ", secretKey=(hidden)"
                + ", retryInitialInterval=" + retryInitialInterval + ", retryMaxInterval=" + retryMaxInterval + "]";
    }

    /**
     * @param attempts tries per alert before it becomes a dead letter
     * @param initialBackoff wait after the first failure
     * @param backoffMultiplier growth of each wait
     * @param maxBackoff longest wait
     * @param connectTimeout time allowed to connect to a receiver
     * @param requestTimeout time allowed for a receiver's answer
     * @param orphanSweepInterval how often deliveries left pending by a stopped instance are picked up
     * @param allowedHosts hosts or addresses that may be called although they are not public (local receivers)
     */
    record Webhooks(
            @DefaultValue("6") int attempts,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("2.0") double backoffMultiplier,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("3s") Duration connectTimeout,
            @DefaultValue("10s") Duration requestTimeout,
            @DefaultValue("1m") Duration orphanSweepInterval,
            @DefaultValue List<String> allowedHosts) {

        RetrySchedule schedule() {
            return new RetrySchedule(attempts, initialBackoff, backoffMultiplier, maxBackoff);
        }

        Set<String> allowed() {
            return Set.copyOf(allowedHosts);
        }
    }
}
