package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.TrackingStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A harness, not a test: tracks Reuters claims (real MiniLM embeddings) in batches as the claim indexer would, against
 * the real Elasticsearch of {@code local-infra}, and prints throughput and batch latency. Runs only when asked:
 * {@code mvn -pl search-service verify -Dit.test=TrackingThroughputBenchmarkIT -Dclaimwire.benchmark=true
 * [-Dclaimwire.benchmark.claims=5000] [-Dclaimwire.benchmark.batch=500] [-Dclaimwire.benchmark.vector-candidates=50]}.
 * With {@code -Dclaimwire.benchmark.variant-vector-candidates=N} it is a paired A/B run: the same claims are tracked
 * into fresh indices alternately with the base and the variant setting (A, B, A, B), and it prints each run's
 * throughput, the ratio, and whether the variant decided every claim exactly as the base did.
 */
@EnabledIfSystemProperty(named = "claimwire.benchmark", matches = "true")
class TrackingThroughputBenchmarkIT {

    private record Run(double seconds, List<Double> batchMillis, List<TrackingResult> results, double redeliveryMillis) {
    }

    @Test
    void trackReutersClaimsInBatches() throws Exception {
        int count = Integer.getInteger("claimwire.benchmark.claims", 5_000);
        int batchSize = Integer.getInteger("claimwire.benchmark.batch", 500);
        int vectorCandidates = Integer.getInteger("claimwire.benchmark.vector-candidates", 50);
        Integer variant = Integer.getInteger("claimwire.benchmark.variant-vector-candidates");
        long embedStart = System.nanoTime();
        List<ClaimExtracted> claims = ReutersClaims.first(count);
        double embedSeconds = (System.nanoTime() - embedStart) / 1e9;

        try (var elasticsearch = new LocalTrackingIndex()) {
            System.out.printf("%nClaim tracking benchmark: %d Reuters claims (embedded in %.1f s), batches of %d%n",
                    claims.size(), embedSeconds, batchSize);
            if (variant == null) {
                report("vector candidates " + vectorCandidates, run(elasticsearch, claims, batchSize, vectorCandidates));
                return;
            }
            List<Run> base = new ArrayList<>();
            List<Run> other = new ArrayList<>();
            for (int pair = 0; pair < 2; pair++) {
                base.add(run(elasticsearch, claims, batchSize, vectorCandidates));
                report("A: vector candidates " + vectorCandidates, base.get(pair));
                other.add(run(elasticsearch, claims, batchSize, variant));
                report("B: vector candidates " + variant, other.get(pair));
            }
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
    }

    private static Run run(LocalTrackingIndex elasticsearch, List<ClaimExtracted> claims, int batchSize,
            int vectorCandidates) {
        var tracking = elasticsearch.tracker(LocalTrackingIndex.freshPrefix("bench-tracking"), vectorCandidates);
        List<Double> batchMillis = new ArrayList<>();
        List<TrackingResult> results = new ArrayList<>(claims.size());
        long start = System.nanoTime();
        for (int from = 0; from < claims.size(); from += batchSize) {
            long batchStart = System.nanoTime();
            results.addAll(tracking.track(claims.subList(from, Math.min(claims.size(), from + batchSize))));
            batchMillis.add((System.nanoTime() - batchStart) / 1e6);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long redeliveryStart = System.nanoTime();
        tracking.track(claims.subList(0, Math.min(batchSize, claims.size())));
        return new Run(seconds, batchMillis, results, (System.nanoTime() - redeliveryStart) / 1e6);
    }

    private static void report(String label, Run run) {
        List<Double> sorted = run.batchMillis().stream().sorted().toList();
        Map<TrackingStatus, Integer> statuses = new EnumMap<>(TrackingStatus.class);
        run.results().forEach(result -> statuses.merge(result.status(), 1, Integer::sum));
        System.out.printf("  [%s] tracked in %.1f s = %.0f claims/s; batch latency p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
                        + " re-delivered batch %.0f ms; statuses %s%n",
                label, run.seconds(), run.results().size() / run.seconds(), percentile(sorted, 0.50),
                percentile(sorted, 0.95), sorted.get(sorted.size() - 1), run.redeliveryMillis(), statuses);
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
