package com.claimwire.systemtests;

import static org.awaitility.Awaitility.await;

import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.systemtests.ExactlyOnceLedger.WebhookCalls;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each service killed in turn (SIGKILL: no shutdown hook, no offset commit, no consumer group leave) while articles
 * keep coming, then restarted: what ingest accepted with a 202 all arrives, once.
 */
class ServiceCrashIT {

    private static final Duration POSTING_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration POSTING_INTERVAL = Duration.ofMillis(250);
    private static final int ARTICLES_PER_CRASH = 6;

    @Test
    void eachServiceKilledInTurnAndRestartedLosesAndDoublesNothing() {
        Infrastructure infrastructure = Infrastructure.local();
        Map<ClaimwireService, Map<String, String>> environment = new EnumMap<>(ClaimwireService.class);
        for (ClaimwireService service : ClaimwireService.values()) {
            environment.put(service, Pipeline.QUICK_SESSION_TIMEOUT);
        }
        environment.put(ClaimwireService.SEARCH,
                Pipeline.combined(WebhookReceiver.LOOPBACK_WEBHOOKS, Pipeline.QUICK_SESSION_TIMEOUT));
        try (Pipeline pipeline = Pipeline.start(infrastructure, ServiceCrashIT.class, environment, Map.of());
             ExactlyOnceLedger ledger = new ExactlyOnceLedger(pipeline, infrastructure)) {
            ledger.watchWithAlertRule();
            for (ClaimwireService service : ClaimwireService.values()) {
                long started = System.nanoTime();
                int before = ledger.posted();
                try (SteadyPoster poster = SteadyPoster.start(ledger, pipeline, POSTING_INTERVAL, ARTICLES_PER_CRASH)) {
                    await().atMost(POSTING_TIMEOUT).until(() -> ledger.posted() >= before + ARTICLES_PER_CRASH / 2);
                    pipeline.kill(service);
                    pipeline.restart(service);
                    poster.awaitLimitReached();
                }
                System.out.printf("ServiceCrashIT: %s killed and back in %.1f s%n", service.module(),
                        (System.nanoTime() - started) / 1e9);
            }
            System.out.println("[crashes] each service killed in turn: "
                    + ledger.assertEverythingExactlyOnce(WebhookCalls.AT_LEAST_ONCE));
        }
    }
}
