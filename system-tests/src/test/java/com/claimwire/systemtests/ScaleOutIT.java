package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.ServiceProcess;
import com.claimwire.systemtests.ExactlyOnceLedger.WebhookCalls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two instances of analysis-service and of search-service (processes, against real Kafka and Elasticsearch) share
 * the work of partitioned topics; when one instance of each leaves mid-run (SIGTERM, as when scaling in), the
 * rebalance loses and doubles nothing.
 */
class ScaleOutIT {

    private static final Duration WORK_TIMEOUT = Duration.ofMinutes(3);
    private static final String ANALYZED = "claimwire_analysis_articles_total";
    private static final String INDEXED = "claimwire_search_indexed_total";
    /** Enough that both instances of each service get some (six partitions, keys spread by hash). */
    private static final int ARTICLES_BEFORE = 12;
    private static final int ARTICLES_ACROSS_THE_REBALANCE = 12;
    private static final Duration POSTING_INTERVAL = Duration.ofMillis(250);

    @Test
    void twoInstancesShareTheWorkAndOneOfEachLeavingMidRunLosesAndDoublesNothing() {
        long started = System.nanoTime();
        Infrastructure infrastructure = Infrastructure.local();
        try (Pipeline pipeline = Pipeline.start(infrastructure, ScaleOutIT.class,
                Map.of(ClaimwireService.ANALYSIS, Pipeline.QUICK_SESSION_TIMEOUT, ClaimwireService.SEARCH,
                        Pipeline.combined(WebhookReceiver.LOOPBACK_WEBHOOKS, Pipeline.QUICK_SESSION_TIMEOUT)),
                Map.of(ClaimwireService.ANALYSIS, 2, ClaimwireService.SEARCH, 2));
             ExactlyOnceLedger ledger = new ExactlyOnceLedger(pipeline, infrastructure)) {
            List<ServiceProcess> analysis = pipeline.instances(ClaimwireService.ANALYSIS);
            List<ServiceProcess> search = pipeline.instances(ClaimwireService.SEARCH);
            long running = System.nanoTime();

            // The instance that stays streams every alert, whichever instance raised it.
            ledger.followAlertStream(search.get(0));
            ledger.watchWithAlertRule();
            for (int i = 0; i < ARTICLES_BEFORE; i++) {
                ledger.post();
            }
            await("both instances of each service did work").atMost(WORK_TIMEOUT).untilAsserted(() -> {
                assertThat(analysis).allSatisfy(instance -> assertThat(pipeline.counter(instance, ANALYZED))
                        .as("articles analysed by %s", instance.baseUrl()).isPositive());
                assertThat(search).allSatisfy(instance -> assertThat(pipeline.counter(instance, INDEXED))
                        .as("documents indexed by %s", instance.baseUrl()).isPositive());
            });

            int before = ledger.posted();
            try (SteadyPoster poster = SteadyPoster.start(ledger, pipeline, POSTING_INTERVAL,
                    ARTICLES_ACROSS_THE_REBALANCE)) {
                await().atMost(WORK_TIMEOUT).until(() -> ledger.posted() >= before + ARTICLES_ACROSS_THE_REBALANCE / 4);
                CompletableFuture.allOf(CompletableFuture.runAsync(analysis.get(1)::stop),
                        CompletableFuture.runAsync(search.get(1)::stop)).join();
                poster.awaitLimitReached();
            }

            System.out.println("[scale-out] one instance of each of two left mid-run: "
                    + ledger.assertEverythingExactlyOnce(WebhookCalls.ONCE_PER_ALERT));
            System.out.printf("ScaleOutIT: start %.1f s, run and settle %.1f s%n", (running - started) / 1e9,
                    (System.nanoTime() - running) / 1e9);
        }
    }
}
