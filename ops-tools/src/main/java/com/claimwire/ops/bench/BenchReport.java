package com.claimwire.ops.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a run found, as written to {@code report.md}, {@code report.png} and {@code articles.csv}.
 *
 * @param command the arguments the run was started with
 * @param run the run's tag
 * @param startedAt wall-clock start
 * @param machine where it ran
 * @param loadAtStart load average at the start
 * @param loadAtEnd load average at the end
 * @param endpoints what was driven, by name
 * @param corpus the articles file and how many usable articles it holds
 * @param phases one per phase, in order
 * @param processes CPU and memory per process
 * @param lags consumer lag per group
 * @param processSamples the CPU and memory series, for the plot
 * @param lagSamples the lag series, for the plot
 * @param articles every article's timeline, for the per-article rows and the plot
 * @param notes how the run went (watcher polls, alerts received, anything that failed)
 */
record BenchReport(
        List<String> command,
        RunTag run,
        Instant startedAt,
        MachineInfo machine,
        String loadAtStart,
        String loadAtEnd,
        Map<String, String> endpoints,
        String corpus,
        List<PhaseResult> phases,
        List<ProcessStats> processes,
        List<LagStats> lags,
        Map<String, List<ProcessSampler.Sample>> processSamples,
        Map<String, List<LagSampler.Sample>> lagSamples,
        List<ArticleTimeline> articles,
        List<String> notes) {

    String bottleneck() {
        return Bottleneck.diagnose(lags, processes, machine.cores(), loadAtStart, loadAtEnd)
                + Bottleneck.slowestStage(phases);
    }
}
