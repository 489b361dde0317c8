package com.claimwire.ops.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./claimwire bench}: drives a running stack with Reuters-21578 articles, phase after phase, while watching
 * when each becomes searchable and raises an alert, and sampling CPU, memory and consumer lag; then writes the
 * report. See {@link BenchOptions#USAGE}.
 */
public final class Bench {

    /** Rule changes reach the matchers through a Kafka topic: give them this long before the first article. */
    private static final Duration RULE_PROPAGATION = Duration.ofSeconds(3);
    /** After the last phase and the pipeline's lag, alerts are awaited until none has arrived for this long. */
    private static final Duration ALERTS_QUIET = Duration.ofSeconds(5);
    /**
     * The topic stamp watcher reads in batches (at most half a second late): an article found searchable may still
     * be waiting for its raw and enriched stamps for this long.
     */
    private static final Duration TOPIC_STAMPS_GRACE = Duration.ofSeconds(3);
    private static final DateTimeFormatter DIR_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final BenchOptions options;
    private final StackEndpoints endpoints;
    private final List<String> command;
    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Bench(BenchOptions options, StackEndpoints endpoints, List<String> command, PrintStream out) {
        this.options = options;
        this.endpoints = endpoints;
        this.command = command;
        this.out = out;
    }

    /** Runs the harness and returns its exit code (see {@link BenchOptions#USAGE}). */
    public static int run(String[] args) {
        if (BenchOptions.wantsHelp(args)) {
            System.out.println(BenchOptions.USAGE);
            return 0;
        }
        Path repo = StackEndpoints.repoDir();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, defaultData(repo),
                    repo.resolve("target").resolve("bench").resolve(DIR_STAMP.format(Instant.now())));
        } catch (BenchOptions.UsageException e) {
            System.err.println("bench: " + e.getMessage() + "\n" + BenchOptions.USAGE);
            return 2;
        }
        if (!Files.isRegularFile(options.data())) {
            System.err.println("bench: no articles file at " + options.data() + " (give one with --data)");
            return 2;
        }
        try {
            BenchReport report = new Bench(options, StackEndpoints.resolve(options, System.getenv(), repo),
                    List.of(args), System.out).execute();
            return report.phases().stream().allMatch(p -> p.searchable() == p.accepted() && p.rejected() == 0) ? 0 : 3;
        } catch (IOException | RuntimeException e) {
            System.err.println("bench failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static Path defaultData(Path repo) {
        String shared = System.getProperty("claimwire.shared.dir");
        Path sharedDir = shared != null && !shared.isBlank() ? Path.of(shared) : repo.resolve("../shared").normalize();
        return sharedDir.resolve("data").resolve("news").resolve("reuters21578.jsonl");
    }

    BenchReport execute() throws IOException, InterruptedException {
        ReutersArticles articles = ReutersArticles.load(json, options.data());
        Instant startedAt = Instant.now();
        RunTag run = RunTag.startingAt(startedAt);
        MachineInfo machine = MachineInfo.current();
        String loadAtStart = MachineInfo.loadAverage();
        out.printf("bench %s: %d usable articles in %s; ingest %s, search %s, Kafka %s, Elasticsearch %s;"
                        + " load %s%n", run.id(), articles.size(), options.data(), endpoints.ingestUrl(),
                endpoints.searchUrl(), endpoints.kafka(), endpoints.elasticsearchUrl(), loadAtStart);
        RunClock clock = RunClock.start();
        RunLedger ledger = new RunLedger();
        List<String> notes = new ArrayList<>();
        ProcessSampler processes = new ProcessSampler(endpoints.pids());
        List<PhaseResult> phases = new ArrayList<>();
        ScheduledExecutorService sampling = Executors.newScheduledThreadPool(2, runnable ->
                DaemonThreads.create("bench-sampler", runnable));
        try (LagSampler lags = new LagSampler(endpoints.kafka(), options.namespace());
             TopicStampWatcher stamps = new TopicStampWatcher(endpoints.kafka(), options.namespace(), clock, ledger)
                     .start();
             SearchableWatcher searchable = new SearchableWatcher(http, json, endpoints.elasticsearchUrl(),
                     options.indexPrefix(), run, clock, ledger, options.pollInterval()).start()) {
            long every = options.sampleInterval().toMillis();
            sampling.scheduleAtFixedRate(() -> processes.sample(clock.nowMillis()), 0, every, TimeUnit.MILLISECONDS);
            sampling.scheduleWithFixedDelay(() -> lags.sample(clock.nowMillis()), 0, every, TimeUnit.MILLISECONDS);
            settle(lags, notes);
            AlertWatcher alerts = null;
            if (options.alerts()) {
                alerts = AlertWatcher.open(http, json, endpoints.searchUrl(), options.apiKey(), run, clock, ledger);
                pause(RULE_PROPAGATION);
            }
            try {
                IngestDriver driver = new IngestDriver(http, json, endpoints.ingestUrl(), options.apiKey(), articles,
                        run, clock, ledger);
                Optional<BenchOptions.PhasePlan> warmUp = options.warmUp();
                if (warmUp.isPresent()) {
                    PhaseResult warm = runPhase(warmUp.get(), driver, ledger, searchable, clock);
                    notes.add(String.format(Locale.ROOT, "Warm-up before the measured phases: %d articles sent as"
                            + " fast as ingest took them, %d searchable after %.0f s; left out of every figure"
                            + " except the chart and the per-article file.", warm.sent(), warm.searchable(),
                            (warm.endedAt() - warm.startedAt()) / 1000.0));
                    settle(lags, notes);
                }
                for (BenchOptions.PhasePlan plan : options.phases()) {
                    BulkTimings before = BulkTimings.read(http, endpoints.searchUrl());
                    IndexCosts costsBefore = IndexCosts.read(http, json, endpoints.elasticsearchUrl(),
                            options.indexPrefix());
                    phases.add(runPhase(plan, driver, ledger, searchable, clock));
                    String bulks = BulkTimings.read(http, endpoints.searchUrl()).since(before);
                    if (!bulks.isEmpty()) {
                        notes.add("Phase " + plan.name() + ", search-service bulk requests: " + bulks + ".");
                        out.println("  search-service bulks: " + bulks);
                    }
                    String costs = IndexCosts.read(http, json, endpoints.elasticsearchUrl(), options.indexPrefix())
                            .since(costsBefore);
                    if (!costs.isEmpty()) {
                        notes.add("Phase " + plan.name() + ", Elasticsearch per index: " + costs + ".");
                        out.println("  Elasticsearch per index: " + costs);
                    }
                }
                if (alerts != null) {
                    awaitAlerts(alerts, lags);
                    notes.add(String.format(Locale.ROOT, "Alert rule %s received %d alerts for the run's claims;"
                            + " articles without a claim raise none, and one alert per rule and claim cluster and"
                            + " dedup window is raised, so the alerted count is below the searchable count.",
                            alerts.ruleId(), alerts.alerts()));
                    phases.replaceAll(phase -> PhaseResult.of(phase.name(), phase.targetRate(), phase.endedAt(),
                            ledger.ofPhase(phase.name())));
                }
            } finally {
                if (alerts != null) {
                    alerts.close();
                }
            }
            sampling.shutdownNow();
            sampling.awaitTermination(30, TimeUnit.SECONDS);
            notes.add(String.format(Locale.ROOT, "Searchable watcher: %d polls every %d ms (mean round trip %.1f ms),"
                            + " %d failed%s.", searchable.polls(), options.pollInterval().toMillis(),
                    searchable.meanPollMillis(), searchable.failures(),
                    searchable.lastError() == null ? "" : " (last: " + searchable.lastError() + ")"));
            notes.add(String.format(Locale.ROOT, "Topic stamp watcher: %d records read%s.", stamps.records(),
                    stamps.lastError() == null ? "" : " (last failure: " + stamps.lastError() + ")"));
            if (lags.lastError() != null) {
                notes.add("Consumer lag sampling failed at times: " + lags.lastError());
            }
            BenchReport report = report(run, startedAt, machine, loadAtStart, articles, phases, processes, lags,
                    ledger, notes);
            ReportWriter.write(report, options.out());
            ReportChart.write(report, options.out().resolve(ReportWriter.CHART));
            out.println(ReportWriter.targets(phases));
            out.println(ReportWriter.cpuPerArticle(report.processes(), report.articles().size()));
            out.println(report.bottleneck());
            out.println("Report: " + options.out().resolve(ReportWriter.MARKDOWN).toAbsolutePath());
            return report;
        } finally {
            sampling.shutdownNow();
        }
    }

    private PhaseResult runPhase(BenchOptions.PhasePlan plan, IngestDriver driver, RunLedger ledger,
                                 SearchableWatcher searchable, RunClock clock) throws IOException, InterruptedException {
        out.printf("phase %s: sending %d articles%s%n", plan.name(), plan.articles(),
                plan.asFastAsPossible() ? " as fast as ingest takes them" : "");
        if (plan.asFastAsPossible()) {
            driver.sendAsFastAsPossible(plan.name(), plan.articles(), options.batchSize(), options.concurrency());
        } else {
            driver.sendAtRate(plan.name(), plan.rate(), plan.articles());
        }
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        List<ArticleTimeline> articles = ledger.ofPhase(plan.name());
        while (RunLedger.pendingSearchable(articles) > 0 && System.nanoTime() < deadline) {
            pause(options.pollInterval());
        }
        long stampsDeadline = System.nanoTime() + TOPIC_STAMPS_GRACE.toNanos();
        while (RunLedger.missingArticleStamps(articles) > 0 && System.nanoTime() < stampsDeadline) {
            pause(options.pollInterval());
        }
        PhaseResult result = PhaseResult.of(plan.name(), plan.rate(), clock.nowMillis(), articles);
        out.printf(Locale.ROOT, "phase %s: %d accepted (%d near-duplicates), %d searchable, p50/p95/p99 %s/%s/%s ms,"
                        + " end to end %s articles/s%n", result.name(), result.accepted(), result.nearDuplicates(),
                result.searchable(), ReportWriter.number(result.searchableLatency().p50()),
                ReportWriter.number(result.searchableLatency().p95()), ReportWriter.number(result.searchableLatency().p99()),
                ReportWriter.number(result.endToEndRate()));
        result.stages().forEach(stage -> out.printf(Locale.ROOT, "  %-15s p50/p99/mean %s/%s/%s ms (%d articles)%n",
                stage.span().name(), ReportWriter.number(stage.latency().p50()),
                ReportWriter.number(stage.latency().p99()), ReportWriter.number(stage.latency().mean()),
                stage.latency().count()));
        return result;
    }

    private BenchReport report(RunTag run, Instant startedAt, MachineInfo machine, String loadAtStart,
                               ReutersArticles articles, List<PhaseResult> phases, ProcessSampler processes,
                               LagSampler lags, RunLedger ledger, List<String> notes) {
        Map<String, String> endpointsByName = new LinkedHashMap<>();
        endpointsByName.put("ingest", endpoints.ingestUrl());
        endpointsByName.put("search", endpoints.searchUrl());
        endpointsByName.put("Kafka", endpoints.kafka() + (options.namespace().isBlank() ? ""
                : " (topic namespace " + options.namespace() + ")"));
        endpointsByName.put("Elasticsearch", endpoints.elasticsearchUrl() + " (index prefix " + options.indexPrefix()
                + ")");
        Map<String, List<ProcessSampler.Sample>> processSamples = processes.samples();
        List<ProcessStats> processStats = new ArrayList<>();
        processSamples.forEach((name, samples) -> processStats.add(
                ProcessStats.of(name, endpoints.pids().get(name), samples)));
        Map<String, List<LagSampler.Sample>> lagSamples = lags.samples();
        Map<String, Set<String>> groupTopics = lags.groupTopics();
        List<LagStats> lagStats = new ArrayList<>();
        lagSamples.forEach((group, samples) -> lagStats.add(LagStats.of(group,
                groupTopics.getOrDefault(group, Set.of()).stream().sorted().toList(), samples)));
        return new BenchReport(command, run, startedAt, machine, loadAtStart, MachineInfo.loadAverage(),
                endpointsByName, options.data() + " (" + articles.size() + " articles with a body; title-only"
                + " lines skipped)", phases, processStats, lagStats, processSamples, lagSamples, ledger.all(), notes);
    }

    /**
     * Waits (up to the drain timeout) for work left in the pipeline by earlier runs, so that the first phase does
     * not queue behind it.
     */
    private void settle(LagSampler lags, List<String> notes) {
        lags.sample(0);
        long started = System.nanoTime();
        long deadline = started + options.drainTimeout().toNanos();
        while (lags.pipelineLag() > 0 && System.nanoTime() < deadline) {
            pause(options.sampleInterval());
        }
        long left = lags.pipelineLag();
        notes.add(String.format(Locale.ROOT, "Before the first phase the pipeline %s (waited %.0f s).",
                left == 0 ? "had no lag" : "still had " + left + " records of lag from earlier work",
                (System.nanoTime() - started) / 1e9));
    }

    /**
     * Alerts trail searchability by the claim-tracking and matching stages: waits until those stages have caught
     * up (no lag) and no alert has arrived for a few seconds, or the drain timeout.
     */
    private void awaitAlerts(AlertWatcher alerts, LagSampler lags) {
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        long seen = alerts.alerts();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline
                && (lags.pipelineLag() > 0 || System.nanoTime() - quietSince < ALERTS_QUIET.toNanos())) {
            pause(options.pollInterval());
            if (alerts.alerts() != seen) {
                seen = alerts.alerts();
                quietSince = System.nanoTime();
            }
        }
    }

    private static void pause(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        long left;
        while ((left = until - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
