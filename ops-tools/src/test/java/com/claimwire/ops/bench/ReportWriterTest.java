package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    /** 40 articles at 20/s, each searchable 500-890 ms after acceptance, every other one alerted; one rejected. */
    private static BenchReport report() {
        List<ArticleTimeline> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ArticleTimeline article = new ArticleTimeline("bench-r-0-" + i, "20/s");
            double sent = i * 50.0;
            article.sent(sent);
            article.accepted(sent + 10, "accepted", i == 3 ? "bench-old-3" : null);
            article.searchable(sent + 10 + 500 + i * 10, sent + 10 + 300);
            article.stamped(TopicStampWatcher.Stage.RAW, sent + 5);
            article.stamped(TopicStampWatcher.Stage.ENRICHED, sent + 100);
            article.stamped(TopicStampWatcher.Stage.ENRICHED, sent + 900);
            if (i % 2 == 0) {
                article.alerted(sent + 10 + 1_000);
            }
            articles.add(article);
        }
        ArticleTimeline rejected = new ArticleTimeline("bench-r-0-40", "20/s");
        rejected.sent(2_000);
        rejected.rejected("HTTP 503: busy");
        articles.add(rejected);
        PhaseResult phase = PhaseResult.of("20/s", 20, 4_000, articles);
        Map<String, List<ProcessSampler.Sample>> cpu = Map.of("analysis-service",
                List.of(new ProcessSampler.Sample(1_000, 120, 400L << 20, 1_200),
                        new ProcessSampler.Sample(2_000, 180, 500L << 20, 1_800)));
        Map<String, List<LagSampler.Sample>> lag = Map.of("claimwire-analysis",
                List.of(new LagSampler.Sample(1_000, 5), new LagSampler.Sample(2_000, 12)));
        return new BenchReport(List.of("--rates", "20", "--articles", "41"), new RunTag("r"),
                Instant.parse("2026-11-28T15:00:00Z"), new MachineInfo(2, 8L << 30, "Test CPU", "Test JVM 17", "Linux"),
                "1.00 0.50 0.25", "2.00 1.00 0.50", Map.of("ingest", "http://127.0.0.1:8081"), "reuters.jsonl",
                List.of(phase), List.of(ProcessStats.of("analysis-service", 42, cpu.get("analysis-service"))),
                List.of(LagStats.of("claimwire-analysis", List.of("claimwire.articles.raw"), lag.get("claimwire-analysis"))),
                cpu, lag, articles, List.of("a note"));
    }

    @Test
    void phaseFiguresComeFromTheTimelines() {
        PhaseResult phase = report().phases().get(0);

        assertThat(phase.sent()).isEqualTo(41);
        assertThat(phase.accepted()).isEqualTo(40);
        assertThat(phase.rejected()).isEqualTo(1);
        assertThat(phase.nearDuplicates()).isEqualTo(1);
        assertThat(phase.searchable()).isEqualTo(40);
        assertThat(phase.alerted()).isEqualTo(20);
        assertThat(phase.searchableLatency().p50()).isEqualTo(690);
        assertThat(phase.searchableLatency().p99()).isEqualTo(890);
        assertThat(phase.indexedLatency().p99()).isEqualTo(300);
        assertThat(phase.alertLatency().p99()).isEqualTo(1_000);
        assertThat(phase.rejections()).containsExactly("HTTP 503: busy");
    }

    @Test
    void stagesSplitTheTimeFromSentToSearchableByTheEarliestTopicRecords() {
        PhaseResult phase = report().phases().get(0);

        assertThat(phase.stages()).extracting(stage -> stage.span().name())
                .containsExactly("ingest", "analysis", "indexing", "visibility", "claims tracked");
        assertThat(phase.stages().get(0).latency().p99()).isEqualTo(5);
        assertThat(phase.stages().get(1).latency().p99()).isEqualTo(95);
        assertThat(phase.stages().get(2).latency().p99()).isEqualTo(210);
        assertThat(phase.stages().get(3).latency().p50()).isEqualTo(390);
        assertThat(phase.stages().get(4).latency().count()).isZero();
        double articlePathMeans = phase.stages().stream().filter(stage -> stage.span().articlePath())
                .mapToDouble(stage -> stage.latency().mean()).sum();
        assertThat(articlePathMeans).isCloseTo(phase.searchableLatency().mean() + 10, within(1e-9));
    }

    @Test
    void markdownStatesMachineResultsTargetsAndBottleneck() {
        String markdown = ReportWriter.markdown(report());

        assertThat(markdown).contains("Command: `./claimwire bench --rates 20 --articles 41`")
                .contains("2 cores, Test CPU, 8.0 GiB RAM")
                .contains("Load average (1/5/15 min): 1.00 0.50 0.25 at the start, 2.00 1.00 0.50 at the end")
                .contains("| 20/s | 41 | 40 | 1 | 1 | 40 |")
                .contains("690 / 870 / 890 / 890")
                .contains("Ingest-to-searchable p99 at 20/s: 890 ms, target ≤ 2000 ms: **met**")
                .contains("Ingest-to-alert p99 at 20/s: 1000 ms, target ≤ 5000 ms: **met**")
                .contains("Sustained end to end: not measured")
                .contains("## Bottleneck")
                .contains("| analysis-service | 42 | 150 | 180 | 3.0 | 73.2 | 450 | 500 |")
                .contains("| claimwire-analysis | claimwire.articles.raw | analysis")
                .contains("| 20/s | 5.0 / 5.0 (5.0) | 95.0 / 95.0 (95.0) | 210 / 210 (210) | 390 / 590 (395) | – |")
                .contains("Rejections in 20/s: HTTP 503: busy")
                .contains("- a note");
    }

    @Test
    void cpuPerArticleIsTheRunsCpuTimeOverTheArticlesSent() {
        BenchReport report = report();

        assertThat(ReportWriter.cpuPerArticle(report.processes(), report.articles().size()))
                .isEqualTo("CPU ms per article (41 sent, warm-up included): analysis-service 73.2, all 73.2");
    }

    @Test
    void writesALatencyRowPerArticleAndThePlot(@TempDir Path dir) throws IOException {
        BenchReport report = report();

        ReportWriter.write(report, dir);
        ReportChart.write(report, dir.resolve(ReportWriter.CHART));

        List<String> rows = Files.readAllLines(dir.resolve(ReportWriter.ARTICLES));
        assertThat(rows).hasSize(1 + 41);
        assertThat(rows.get(1)).startsWith("20/s,bench-r-0-0,accepted,,0.0,10.0,310.0,510.0,1010.0,500.0,1000.0");
        assertThat(rows.get(4)).contains(",bench-old-3,");
        assertThat(rows.get(41)).isEqualTo("20/s,bench-r-0-40,HTTP 503: busy,,2000.0,,,,,,,,,,");
        assertThat(Files.readString(dir.resolve(ReportWriter.MARKDOWN))).startsWith("# Claimwire load benchmark r");
        BufferedImage png = ImageIO.read(dir.resolve(ReportWriter.CHART).toFile());
        assertThat(png.getWidth()).isEqualTo(1400);
        assertThat(png.getHeight()).isGreaterThan(1000);
    }

    @Test
    void throughputIsCountedPerSecond() {
        List<double[]> perSecond = ReportChart.perSecond(report().articles(), ArticleTimeline::acceptedAt, 3);

        assertThat(perSecond).hasSize(4);
        assertThat(perSecond.get(0)[1]).isEqualTo(20);
        assertThat(perSecond.get(1)[1]).isEqualTo(20);
        assertThat(perSecond.get(2)[1]).isZero();
        assertThat(ReportChart.niceCeiling(730)).isEqualTo(1_000);
        assertThat(ReportChart.niceCeiling(0)).isEqualTo(1);
    }
}
