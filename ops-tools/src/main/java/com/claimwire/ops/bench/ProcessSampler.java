package com.claimwire.ops.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CPU and resident memory of each named process (with its child processes) once per sample: CPU as a percentage
 * of one core over the interval since the previous sample (so 200 % is both cores of a 2-core machine).
 *
 * <p>Child processes are looked up again only every {@link #CHILDREN_REFRESH_MILLIS} ms: finding them means reading
 * every process of the machine, a scan that on a shared machine costs far more than a sample, which reads two small
 * files per process, and it would be paid on the cores being measured.
 */
final class ProcessSampler {

    /**
     * One observation.
     *
     * @param at milliseconds on the run clock
     * @param cpuPercent of one core since the previous sample
     * @param rssBytes resident set of the process and its children
     * @param cpuMillis CPU time of the process and its children in the interval since the previous sample
     */
    record Sample(double at, double cpuPercent, long rssBytes, double cpuMillis) {
    }

    /** Processes a stack starts (Elasticsearch's server under its launcher) stay put during a run. */
    static final long CHILDREN_REFRESH_MILLIS = 15_000;

    private final Map<String, Long> pids;
    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();
    private final Map<String, long[]> previous = new LinkedHashMap<>();
    private final Map<String, List<Long>> family = new LinkedHashMap<>();
    private double familyAt = Double.NaN;
    private double previousAt = Double.NaN;

    ProcessSampler(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        pids.keySet().forEach(name -> samples.put(name, new CopyOnWriteArrayList<>()));
    }

    synchronized void sample(double at) {
        if (Double.isNaN(familyAt) || at - familyAt >= CHILDREN_REFRESH_MILLIS) {
            pids.forEach((name, pid) -> family.put(name, withDescendants(pid)));
            familyAt = at;
        }
        for (Map.Entry<String, Long> process : pids.entrySet()) {
            long ticks = 0;
            long rss = 0;
            boolean alive = false;
            for (long pid : family.get(process.getKey())) {
                OptionalLong cpu = ProcFs.cpuTicks(pid);
                OptionalLong memory = ProcFs.rssBytes(pid);
                if (cpu.isPresent()) {
                    alive = true;
                    ticks += cpu.getAsLong();
                    rss += memory.orElse(0);
                }
            }
            if (!alive) {
                continue;
            }
            long[] before = previous.put(process.getKey(), new long[] {ticks});
            if (before != null && !Double.isNaN(previousAt) && at > previousAt) {
                double cpuMillis = 1000.0 * (ticks - before[0]) / ProcFs.TICKS_PER_SECOND;
                double cpuPercent = 100.0 * cpuMillis / (at - previousAt);
                samples.get(process.getKey()).add(new Sample(at, cpuPercent, rss, cpuMillis));
            }
        }
        previousAt = at;
    }

    private static List<Long> withDescendants(long pid) {
        List<Long> all = new ArrayList<>();
        all.add(pid);
        ProcessHandle.of(pid).ifPresent(handle -> handle.descendants().forEach(child -> all.add(child.pid())));
        return all;
    }

    synchronized Map<String, List<Sample>> samples() {
        Map<String, List<Sample>> copy = new LinkedHashMap<>();
        samples.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return copy;
    }
}
