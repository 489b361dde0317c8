package com.claimwire.ops.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a run's {@code report.md} and {@code articles.csv} (one latency row per article). */
final class ReportWriter {

    static final String MARKDOWN = "report.md";
    static final String CHART = "report.png";
    static final String ARTICLES = "articles.csv";

    /** The targets of issue 7 and 6, checked in the report. */
    static final double TARGET_SUSTAINED = 50;
    static final int TARGET_LATENCY_RATE = 20;
    static final double TARGET_SEARCHABLE_P99_MS = 2_000;
    static final double TARGET_ALERT_P99_MS = 5_000;

    private ReportWriter() {
    }

    static void write(BenchReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKDOWN), markdown(report));
            Files.writeString(dir.resolve(ARTICLES), csv(report.articles()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + dir, e);
        }
    }

    static String markdown(BenchReport report) {
        StringBuilder md = new StringBuilder();
        MachineInfo machine = report.machine();
        md.append("# Claimwire load benchmark ").append(report.run().id()).append("\n\n");
        md.append("Command: `./claimwire bench ").append(String.join(" ", report.command())).append("`  \n");
        md.append("Started: ").append(report.startedAt()).append("\n\n");
        md.append("## Machine\n\n");
        md.append(String.format(Locale.ROOT, "- %d cores, %s, %.1f GiB RAM%n", machine.cores(), machine.cpuModel(),
                machine.memoryBytes() / (1024.0 * 1024 * 1024)));
        md.append("- ").append(machine.os()).append("; harness JVM ").append(machine.jvm()).append('\n');
        md.append("- Load average (1/5/15 min): ").append(report.loadAtStart()).append(" at the start, ")
                .append(report.loadAtEnd()).append(" at the end. Figures measured on a loaded machine are not"
                        + " results: re-run when it is quiet.\n\n");
        md.append("## Setup\n\n");
        report.endpoints().forEach((name, value) -> md.append("- ").append(name).append(": ").append(value)
                .append('\n'));
        md.append("- Articles: ").append(report.corpus()).append('\n');
        md.append("- Every copy gets an id (`bench-").append(report.run().id()).append("-<pass>-<newid>`) and URL of"
                + " its own, outlet `").append(report.run().source()).append("` and `publishedAt` = send time, so ingest"
                + " takes each one in. Copies whose body nearly equals an earlier article (the same wire text from an"
                + " earlier run or pass, or syndicated copy inside Reuters-21578) are accepted with `duplicateOf` and go"
                + " through the whole pipeline like the others; they are counted as near-duplicates below.\n");
        md.append("- Accepted = the 202 answer of `POST /api/articles`; searchable = first seen by a search of the"
                + " articles alias filtered on the run's outlet (polled with `search_after` over `indexedAt`);"
                + " alert = first event naming the article on `GET /api/alerts/stream` for a rule matching the"
                + " run's outlet.\n\n");
        md.append("## Results\n\n");
        md.append("| phase | sent | accepted | near-dup | rejected | searchable | ingest art/s | end-to-end art/s"
                + " | searchable p50 / p95 / p99 / max (ms) | alerted | alert p50 / p95 / p99 (ms) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (PhaseResult phase : report.phases()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s | %s | %s | %d | %s |%n",
                    phase.name(), phase.sent(), phase.accepted(), phase.nearDuplicates(), phase.rejected(),
                    phase.searchable(), number(phase.ingestRate()), number(phase.endToEndRate()),
                    percentiles(phase.searchableLatency(), true), phase.alerted(),
                    percentiles(phase.alertLatency(), false)));
        }
        md.append("\nStage breakdown (ms, p50 / p99 and mean; the article-path means add up to sent → searchable)."
                + " Topic times are the records' own timestamps, stamped by the producing service, read from the"
                + " topics' ends by the harness without a consumer group; `indexedAt` is stamped by search-service.\n\n");
        md.append("| phase |");
        StageSpan.ALL.forEach(span -> md.append(' ').append(span.name()).append(" |"));
        md.append(" accepted → indexed p50 / p95 / p99 |\n|---|");
        StageSpan.ALL.forEach(span -> md.append("---|"));
        md.append("---|\n");
        for (PhaseResult phase : report.phases()) {
            md.append("| ").append(phase.name()).append(" |");
            phase.stages().forEach(stage -> md.append(' ').append(stageCell(stage.latency())).append(" |"));
            md.append(' ').append(percentiles(phase.indexedLatency(), false)).append(" |\n");
        }
        md.append('\n');
        StageSpan.ALL.forEach(span -> md.append("- ").append(span.name()).append(": ").append(span.meaning())
                .append(span.articlePath() ? "" : " (the claims' path, beside the article's)").append('\n'));
        for (PhaseResult phase : report.phases()) {
            if (!phase.rejections().isEmpty()) {
                md.append("\nRejections in ").append(phase.name()).append(": ")
                        .append(String.join("; ", phase.rejections())).append('\n');
            }
        }
        md.append("\n## Targets\n\n").append(targets(report.phases())).append('\n');
        md.append("## Bottleneck\n\n").append(report.bottleneck()).append("\n\n");
        int sent = report.articles().size();
        md.append("## Processes (CPU: 100 % = one core; children included)\n\n");
        md.append("CPU ms per article: the process's CPU time over the whole run (idle waits and warm-up included)"
                + " divided by the ").append(sent).append(" articles sent; unlike CPU %, it does not depend on how"
                + " much of the machine other work took.\n\n");
        md.append("| process | pid | CPU avg % | CPU max % | CPU s | CPU ms per article | RSS avg MiB | RSS max MiB |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (ProcessStats process : report.processes()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.0f | %.0f |%n", process.name(),
                    process.pid(), number(process.averageCpu()), number(process.maxCpu()),
                    number(process.cpuSeconds()), number(cpuMillisPerArticle(process, sent)),
                    process.averageRssBytes() / 1048576.0, process.maxRssBytes() / 1048576.0));
        }
        md.append("\n## Consumer lag (records behind, per group)\n\n");
        md.append("| group | topics | stage | peak | last |\n|---|---|---|---|---|\n");
        for (LagStats lag : report.lags()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d |%n", lag.group(),
                    String.join(", ", lag.topics()), lag.stage() == null ? "control" : lag.stage(), lag.peak(),
                    lag.last()));
        }
        md.append("\n![latency, throughput and lag over time](").append(CHART).append(")\n\n");
        md.append("Per-article timings: [").append(ARTICLES).append("](").append(ARTICLES)
                .append(") (one row per article: phase, id, ingest status, milliseconds from the run start to"
                        + " sent, accepted, indexed, searchable and alerted, and the latencies).\n");
        if (!report.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            report.notes().forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    static String targets(List<PhaseResult> phases) {
        StringBuilder text = new StringBuilder();
        phases.stream().filter(PhaseResult::asFastAsPossible).findFirst().ifPresentOrElse(
                max -> text.append(String.format(Locale.ROOT, "- Sustained end to end (accepted → searchable): %s"
                        + " articles/s, target ≥ %.0f: %s%n", number(max.endToEndRate()), TARGET_SUSTAINED,
                        verdict(max.endToEndRate() >= TARGET_SUSTAINED && max.searchable() == max.accepted()))),
                () -> text.append("- Sustained end to end: not measured (run with --max)\n"));
        phases.stream().filter(p -> p.targetRate() == TARGET_LATENCY_RATE).findFirst().ifPresentOrElse(phase -> {
            text.append(String.format(Locale.ROOT, "- Ingest-to-searchable p99 at %d/s: %s ms, target ≤ %.0f ms: %s%n",
                    TARGET_LATENCY_RATE, number(phase.searchableLatency().p99()), TARGET_SEARCHABLE_P99_MS,
                    verdict(phase.searchableLatency().p99() <= TARGET_SEARCHABLE_P99_MS
                            && phase.searchable() == phase.accepted())));
            text.append(String.format(Locale.ROOT, "- Ingest-to-alert p99 at %d/s: %s ms, target ≤ %.0f ms: %s%n",
                    TARGET_LATENCY_RATE, number(phase.alertLatency().p99()), TARGET_ALERT_P99_MS,
                    phase.alertLatency().count() == 0 ? "no alerts measured"
                            : verdict(phase.alertLatency().p99() <= TARGET_ALERT_P99_MS)));
        }, () -> text.append("- Latency targets are set at ").append(TARGET_LATENCY_RATE)
                .append(" articles/s: not measured (include it in --rates)\n"));
        return text.toString();
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**not met**";
    }

    static String csv(List<ArticleTimeline> articles) {
        StringBuilder csv = new StringBuilder("phase,id,status,duplicate_of,sent_ms,accepted_ms,indexed_ms,"
                + "searchable_ms,alerted_ms,searchable_latency_ms,alert_latency_ms,raw_topic_ms,enriched_topic_ms,"
                + "claims_topic_ms,tracked_topic_ms\n");
        for (ArticleTimeline article : articles) {
            csv.append(String.join(",", List.of(article.phase(), article.id(), cell(article.status()),
                    cell(article.duplicateOf()), millis(article.sentAt()), millis(article.acceptedAt()),
                    millis(article.indexedAt()), millis(article.searchableAt()), millis(article.alertedAt()),
                    millis(article.searchableLatency()), millis(article.alertLatency()),
                    millis(article.stampOf(TopicStampWatcher.Stage.RAW)),
                    millis(article.stampOf(TopicStampWatcher.Stage.ENRICHED)),
                    millis(article.stampOf(TopicStampWatcher.Stage.CLAIMS)),
                    millis(article.stampOf(TopicStampWatcher.Stage.TRACKED))))).append('\n');
        }
        return csv.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"").replace('\n', ' ') + "\"" : value;
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static double cpuMillisPerArticle(ProcessStats process, int articles) {
        return articles == 0 ? Double.NaN : process.cpuSeconds() * 1000 / articles;
    }

    /** One line for the console: each process's CPU ms per article sent, and their sum. */
    static String cpuPerArticle(List<ProcessStats> processes, int articles) {
        StringBuilder line = new StringBuilder("CPU ms per article (" + articles + " sent, warm-up included):");
        double total = 0;
        for (ProcessStats process : processes) {
            double perArticle = cpuMillisPerArticle(process, articles);
            total += perArticle;
            line.append(' ').append(process.name()).append(' ').append(number(perArticle)).append(',');
        }
        return line.append(" all ").append(number(total)).toString();
    }

    static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String stageCell(Percentiles p) {
        return p.count() == 0 ? "–" : number(p.p50()) + " / " + number(p.p99()) + " (" + number(p.mean()) + ")";
    }

    private static String percentiles(Percentiles p, boolean withMax) {
        if (p.count() == 0) {
            return "–";
        }
        String base = number(p.p50()) + " / " + number(p.p95()) + " / " + number(p.p99());
        return withMax ? base + " / " + number(p.max()) : base;
    }
}
