package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.TrackingStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A harness, not a test: tracks Reuters claims (real MiniLM embeddings) in batches as the claim indexer would, against
 * the real Elasticsearch of {@code local-infra}, and prints throughput and batch latency. Runs only when asked:
 * {@code mvn -pl search-service verify -Dit.test=TrackingThroughputBenchmarkIT -Dclaimwire.benchmark=true
 * [-Dclaimwire.benchmark.claims=5000] [-Dclaimwire.benchmark.batch=500] [-Dclaimwire.benchmark.vector-candidates=50]};
 * {@code -Dclaimwire.benchmark.batch=170,50} runs each batch size in turn on the same claims, embedded once.
 * With {@code -Dclaimwire.benchmark.variant-vector-candidates=N} it is a paired A/B run: the same claims are tracked
 * into fresh indices alternately with the base and the variant setting (A, B, A, B), and it prints each run's
 * throughput, the ratio, and whether the variant decided every claim exactly as the base did. Each run also prints the
 * Elasticsearch requests tracking sent, by API, per claim and with their time, and the CPU time Elasticsearch and the
 * tracker used per claim (less disturbed than throughput by whatever else the machine runs). With
 * {@code -Dclaimwire.benchmark.decisions=PREFIX} it writes every claim's decision of the first run of each batch size
 * to {@code PREFIX-batchN.tsv}, one line per claim, so that runs of two builds of the tracker can be compared with
 * {@code diff}.
 */
@EnabledIfSystemProperty(named = "claimwire.benchmark", matches = "true")
class TrackingThroughputBenchmarkIT {

    /**
     * @param elasticsearchCpuMillis CPU time the Elasticsearch node used during the run
     * @param trackerCpuMillis CPU time this JVM (the tracker) used during the run
     */
    private record Run(double seconds, List<Double> batchMillis, List<TrackingResult> results, double redeliveryMillis,
            Map<String, ElasticsearchRequests.Tally> requests, long elasticsearchCpuMillis, long trackerCpuMillis) {
    }

    @Test
    void trackReutersClaimsInBatches() throws Exception {
        int count = Integer.getInteger("claimwire.benchmark.claims", 5_000);
        List<Integer> batchSizes = Arrays.stream(System.getProperty("claimwire.benchmark.batch", "500").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        int vectorCandidates = Integer.getInteger("claimwire.benchmark.vector-candidates", 50);
        Integer variant = Integer.getInteger("claimwire.benchmark.variant-vector-candidates");
        long embedStart = System.nanoTime();
        List<ClaimExtracted> claims = ReutersClaims.first(count);
        double embedSeconds = (System.nanoTime() - embedStart) / 1e9;

        try (var elasticsearch = new LocalTrackingIndex()) {
            for (int batchSize : batchSizes) {
                System.out.printf("%nClaim tracking benchmark: %d Reuters claims (embedded in %.1f s), batches of %d%n",
                        claims.size(), embedSeconds, batchSize);
                if (variant == null) {
                    Run run = run(elasticsearch, claims, batchSize, vectorCandidates);
                    report("vector candidates " + vectorCandidates, run);
                    writeDecisions(run, batchSize);
                } else {
                    compare(elasticsearch, claims, batchSize, vectorCandidates, variant);
                }
            }
        }
    }

    private static void compare(LocalTrackingIndex elasticsearch, List<ClaimExtracted> claims, int batchSize,
            int vectorCandidates, int variant) throws IOException {
        List<Run> base = new ArrayList<>();
        List<Run> other = new ArrayList<>();
        for (int pair = 0; pair < 2; pair++) {
            base.add(run(elasticsearch, claims, batchSize, vectorCandidates));
            report("A: vector candidates " + vectorCandidates, base.get(pair));
            other.add(run(elasticsearch, claims, batchSize, variant));
            report("B: vector candidates " + variant, other.get(pair));
        }
        writeDecisions(base.get(0), batchSize);
        long same = 0;
        for (int i = 0; i < claims.size(); i++) {
            if (sameDecision(base.get(0).results().get(i), other.get(0).results().get(i))) {
                same++;
            }
        }
        System.out.printf("  B/A throughput: pair 1 %.2f, pair 2 %.2f; decisions identical for %d of %d claims%n%n",
                base.get(0).seconds() / other.get(0).seconds(), base.get(1).seconds() / other.get(1).seconds(),
                same, claims.size());
    }

    private static Run run(LocalTrackingIndex elasticsearch, List<ClaimExtracted> claims, int batchSize,
            int vectorCandidates) throws IOException {
        var tracking = elasticsearch.tracker(LocalTrackingIndex.freshPrefix("bench-tracking"), vectorCandidates);
        List<Double> batchMillis = new ArrayList<>();
        List<TrackingResult> results = new ArrayList<>(claims.size());
        var requestsBefore = elasticsearch.requests().snapshot();
        long elasticsearchCpuBefore = elasticsearch.elasticsearchCpuMillis();
        long trackerCpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int from = 0; from < claims.size(); from += batchSize) {
            long batchStart = System.nanoTime();
            results.addAll(tracking.track(claims.subList(from, Math.min(claims.size(), from + batchSize))));
            batchMillis.add((System.nanoTime() - batchStart) / 1e6);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long trackerCpuMillis = (processCpuNanos() - trackerCpuBefore) / 1_000_000;
        long elasticsearchCpuMillis = elasticsearch.elasticsearchCpuMillis() - elasticsearchCpuBefore;
        var requests = ElasticsearchRequests.difference(requestsBefore, elasticsearch.requests().snapshot());
        long redeliveryStart = System.nanoTime();
        tracking.track(claims.subList(0, Math.min(batchSize, claims.size())));
        return new Run(seconds, batchMillis, results, (System.nanoTime() - redeliveryStart) / 1e6, requests,
                elasticsearchCpuMillis, trackerCpuMillis);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void report(String label, Run run) {
        List<Double> sorted = run.batchMillis().stream().sorted().toList();
        Map<TrackingStatus, Integer> statuses = new EnumMap<>(TrackingStatus.class);
        run.results().forEach(result -> statuses.merge(result.status(), 1, Integer::sum));
        System.out.printf("  [%s] tracked in %.1f s = %.0f claims/s; batch latency p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
                        + " re-delivered batch %.0f ms; statuses %s%n",
                label, run.seconds(), run.results().size() / run.seconds(), percentile(sorted, 0.50),
                percentile(sorted, 0.95), sorted.get(sorted.size() - 1), run.redeliveryMillis(), statuses);
        int claims = run.results().size();
        long requests = run.requests().values().stream().mapToLong(ElasticsearchRequests.Tally::requests).sum();
        double millis = run.requests().values().stream().mapToDouble(ElasticsearchRequests.Tally::millis).sum();
        StringBuilder byApi = new StringBuilder();
        run.requests().forEach((api, tally) -> byApi.append(String.format(" %s %d (%.0f ms),", api, tally.requests(),
                tally.millis())));
        System.out.printf("    Elasticsearch: %d requests = %.3f per claim, %.0f ms = %.0f%% of the run;%s%n", requests,
                (double) requests / claims, millis, 100 * millis / (run.seconds() * 1000),
                byApi.substring(0, Math.max(0, byApi.length() - 1)));
        System.out.printf("    CPU: Elasticsearch %.1f s = %.2f ms per claim; tracker JVM %.1f s = %.2f ms per claim%n",
                run.elasticsearchCpuMillis() / 1e3, (double) run.elasticsearchCpuMillis() / claims,
                run.trackerCpuMillis() / 1e3, (double) run.trackerCpuMillis() / claims);
    }

    private static void writeDecisions(Run run, int batchSize) throws IOException {
        String prefix = System.getProperty("claimwire.benchmark.decisions");
        if (prefix == null) {
            return;
        }
        String file = prefix + "-batch" + batchSize + ".tsv";
        List<String> lines = run.results().stream().map(result -> String.join("\t", result.claimId(),
                result.status().name(), result.clusterId(), Integer.toString(result.reports()),
                Integer.toString(result.outlets()), String.valueOf(result.firstSeenAt()), String.valueOf(result.firstSource()),
                String.join(",", result.opposingClaimIds()))).toList();
        Files.write(Path.of(file), lines);
        System.out.printf("  decisions of %d claims written to %s%n", lines.size(), file);
    }

    /** The same status, opposing claims and cluster (by its position: cluster ids are claim ids, equal in both runs). */
    private static boolean sameDecision(TrackingResult a, TrackingResult b) {
        return a.status() == b.status() && a.clusterId().equals(b.clusterId()) && a.reports() == b.reports()
                && a.opposingClaimIds().equals(b.opposingClaimIds());
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
