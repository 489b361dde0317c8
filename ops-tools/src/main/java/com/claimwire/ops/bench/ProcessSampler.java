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
 */
final class ProcessSampler {

    /**
     * One observation.
     *
     * @param at milliseconds on the run clock
     * @param cpuPercent of one core since the previous sample
     * @param rssBytes resident set of the process and its children
     */
    record Sample(double at, double cpuPercent, long rssBytes) {
    }

    private final Map<String, Long> pids;
    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();
    private final Map<String, long[]> previous = new LinkedHashMap<>();
    private double previousAt = Double.NaN;

    ProcessSampler(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        pids.keySet().forEach(name -> samples.put(name, new CopyOnWriteArrayList<>()));
    }

    synchronized void sample(double at) {
        for (Map.Entry<String, Long> process : pids.entrySet()) {
            long ticks = 0;
            long rss = 0;
            boolean alive = false;
            for (long pid : withDescendants(process.getValue())) {
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
                double cpuPercent = 100.0 * (ticks - before[0]) / ProcFs.TICKS_PER_SECOND / ((at - previousAt) / 1000.0);
                samples.get(process.getKey()).add(new Sample(at, cpuPercent, rss));
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
