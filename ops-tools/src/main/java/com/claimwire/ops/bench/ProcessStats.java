package com.claimwire.ops.bench;

import java.util.List;

/**
 * CPU and memory of one process over a run.
 *
 * @param name e.g. {@code analysis-service}
 * @param pid the sampled process (its children are included)
 * @param samples how many samples
 * @param averageCpu mean CPU, percent of one core
 * @param maxCpu highest one-interval CPU
 * @param averageRssBytes mean resident set
 * @param maxRssBytes highest resident set
 * @param cpuSeconds CPU time over the sampled intervals, the whole run
 */
record ProcessStats(String name, long pid, int samples, double averageCpu, double maxCpu, long averageRssBytes,
                    long maxRssBytes, double cpuSeconds) {

    static ProcessStats of(String name, long pid, List<ProcessSampler.Sample> samples) {
        return new ProcessStats(name, pid, samples.size(),
                samples.stream().mapToDouble(ProcessSampler.Sample::cpuPercent).average().orElse(Double.NaN),
                samples.stream().mapToDouble(ProcessSampler.Sample::cpuPercent).max().orElse(Double.NaN),
                (long) samples.stream().mapToLong(ProcessSampler.Sample::rssBytes).average().orElse(0),
                samples.stream().mapToLong(ProcessSampler.Sample::rssBytes).max().orElse(0),
                samples.stream().mapToDouble(ProcessSampler.Sample::cpuMillis).sum() / 1000);
    }
}
