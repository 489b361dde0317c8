package com.claimwire.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnalysisMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AnalysisMetrics metrics = new AnalysisMetrics(registry);

    @Test
    void fetchWaitRunsFromTheRecordTimestampToThePoll() {
        metrics.fetched(1_000, 1_250);

        Timer fetchWait = registry.get("claimwire.analysis.fetch.wait").timer();
        assertThat(fetchWait.count()).isEqualTo(1);
        assertThat(fetchWait.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250);
    }

    @Test
    void recordStampedByAClockAheadOfThisHostCountsAsNoWait() {
        metrics.fetched(2_000, 1_250);

        Timer fetchWait = registry.get("claimwire.analysis.fetch.wait").timer();
        assertThat(fetchWait.count()).isEqualTo(1);
        assertThat(fetchWait.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void recordWithoutATimestampIsLeftOut() {
        metrics.fetched(-1, 1_250);

        assertThat(registry.get("claimwire.analysis.fetch.wait").timer().count()).isZero();
    }

    @Test
    void analysisRecordsWallAndCpuTimeApart() {
        metrics.analysed(withoutClaims(), TimeUnit.MILLISECONDS.toNanos(90),
                TimeUnit.MILLISECONDS.toNanos(12));

        assertThat(registry.get("claimwire.analysis.time").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(90);
        assertThat(registry.get("claimwire.analysis.cpu").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12);
        assertThat(registry.get("claimwire.analysis.articles").counter().count()).isEqualTo(1);
    }

    @Test
    void cpuTimeTheJvmCannotMeasureIsLeftOut() {
        metrics.analysed(withoutClaims(), TimeUnit.MILLISECONDS.toNanos(90), -1);

        assertThat(registry.get("claimwire.analysis.time").timer().count()).isEqualTo(1);
        assertThat(registry.get("claimwire.analysis.cpu").timer().count()).isZero();
    }

    @Test
    void queueAndPublishWaitsAreTimersOfTheirOwn() {
        metrics.queued(TimeUnit.MILLISECONDS.toNanos(40));
        metrics.published(TimeUnit.MILLISECONDS.toNanos(7));

        assertThat(registry.get("claimwire.analysis.queue.wait").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(40);
        assertThat(registry.get("claimwire.analysis.publish.wait").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(7);
    }

    private static ArticleAnalyzed withoutClaims() {
        ArticleReceived raw = Articles.article("metrics-1", "Nobody said anything.");
        return new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, raw.id(), raw.version(), raw.url(), raw.title(),
                raw.body(), raw.publishedAt(), raw.source(), raw.language(), null, raw.receivedAt(), List.of(),
                List.of(), List.of(), new ArticleAnalyzed.Analysis("test", 1, false, null));
    }
}
