package com.claimwire.ops.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the stage that limits the pipeline: the consumer group that fell furthest behind, and the process that
 * burned the most CPU, with whether the machine as a whole ran out of CPU.
 */
final class Bottleneck {

    /** Below this many records behind, a group is taken to have kept up (one poll batch of slack). */
    static final long KEPT_UP_LAG = 50;
    /** Share of all cores above which the machine counts as CPU-saturated. */
    static final double SATURATED = 0.85;

    private Bottleneck() {
    }

    static String diagnose(List<LagStats> lags, List<ProcessStats> processes, int cores, String... loadAverages) {
        StringBuilder text = new StringBuilder();
        Optional<LagStats> behind = lags.stream().filter(lag -> lag.stage() != null)
                .max(Comparator.comparingLong(LagStats::peak));
        if (behind.isPresent() && behind.get().peak() >= KEPT_UP_LAG) {
            LagStats lag = behind.get();
            text.append(String.format(Locale.ROOT,
                    "**Bottleneck: %s.** Consumer group `%s` (%s) fell furthest behind: %,d records at its peak, %,d"
                            + " at the last sample.", lag.stage(), lag.group(), String.join(", ", lag.topics()),
                    lag.peak(), lag.last()));
        } else {
            text.append(String.format(Locale.ROOT, "**No stage fell behind:** every consumer group stayed under %d"
                    + " records of lag, so throughput was limited by what was offered; latency is the sum of the"
                    + " stages' processing times and the Elasticsearch refresh (see the stage breakdown).",
                    KEPT_UP_LAG));
        }
        Optional<ProcessStats> busiest = processes.stream().filter(p -> !Double.isNaN(p.averageCpu()))
                .max(Comparator.comparingDouble(ProcessStats::averageCpu));
        double total = processes.stream().filter(p -> !Double.isNaN(p.averageCpu()))
                .mapToDouble(ProcessStats::averageCpu).sum();
        busiest.ifPresent(process -> text.append(String.format(Locale.ROOT,
                " The busiest process was %s at %.0f %% CPU on average (peak %.0f %%; 100 %% = one core).",
                process.name(), process.averageCpu(), process.maxCpu())));
        double highestLoad = highestOneMinuteLoad(loadAverages);
        if (highestLoad > cores) {
            text.append(String.format(Locale.ROOT, " The machine's load average reached %.1f on %d cores: other"
                    + " processes competed for the CPU, so the stack got only part of it and every figure is a lower"
                    + " bound; re-run on a quiet machine.", highestLoad, cores));
        } else if (!processes.isEmpty()) {
            double available = cores * 100.0;
            text.append(String.format(Locale.ROOT, " The sampled processes together averaged %.0f %% of %.0f %%",
                    total, available));
            text.append(total >= SATURATED * available
                    ? ": the machine's CPU was saturated, so the stage that fell behind was starved of CPU rather"
                    + " than held up by a lock or a single thread; more cores (or instances on other machines)"
                    + " raise throughput."
                    : ", leaving CPU idle: a stage that fell behind is limited by its own concurrency (a single"
                    + " consumer thread, batch size or serial calls), not by the machine.");
        }
        return text.toString();
    }

    /**
     * Names the stage on the way to searchable that took the most time, in the phase whose articles waited longest:
     * a fairer comparison of the article path than consumer lag, which counts records, several per article on the
     * claims topic. Empty when no phase has stage timings.
     */
    static String slowestStage(List<PhaseResult> phases) {
        Optional<PhaseResult> worst = phases.stream()
                .filter(phase -> phase.stages().stream().anyMatch(stage -> stage.latency().count() > 0))
                .max(Comparator.comparingDouble(phase -> total(phase)));
        if (worst.isEmpty()) {
            return "";
        }
        PhaseResult phase = worst.get();
        Optional<PhaseResult.StageLatency> slowest = phase.stages().stream()
                .filter(stage -> stage.span().articlePath() && stage.latency().count() > 0)
                .max(Comparator.comparingDouble(stage -> stage.latency().mean()));
        return slowest.map(stage -> String.format(Locale.ROOT, " On the way to searchable, **%s** took the most"
                        + " time in phase %s: a mean of %.2f s of the %.2f s from sending to searchable.",
                stage.span().name(), phase.name(), stage.latency().mean() / 1000, total(phase) / 1000)).orElse("");
    }

    /** The mean time from sending to searchable of {@code phase}: its article-path stages' means add up to it. */
    private static double total(PhaseResult phase) {
        return phase.stages().stream().filter(stage -> stage.span().articlePath() && stage.latency().count() > 0)
                .mapToDouble(stage -> stage.latency().mean()).sum();
    }

    /** The highest one-minute figure among {@code /proc/loadavg}-style strings ("1.5 0.8 0.3"); 0 when none. */
    static double highestOneMinuteLoad(String... loadAverages) {
        double highest = 0;
        for (String load : loadAverages) {
            try {
                highest = Math.max(highest, Double.parseDouble(load.strip().split("\\s+")[0]));
            } catch (RuntimeException unknown) {
                // "unknown" on a system without /proc/loadavg: no evidence of contention
            }
        }
        return highest;
    }
}
