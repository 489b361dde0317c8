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
 */
@ConfigurationProperties("claimwire.search.alerts")
record AlertsProperties(
        @DefaultValue("1h") Duration dedupWindow,
        @DefaultValue("1000") int streamReplayLimit,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue Webhooks webhooks) {

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
