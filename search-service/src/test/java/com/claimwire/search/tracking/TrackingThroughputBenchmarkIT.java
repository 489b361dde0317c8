package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.search.config.SearchProperties;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * A harness, not a test: tracks Reuters claims (real MiniLM embeddings) in batches as the claim indexer would, against
 * the real Elasticsearch of {@code local-infra}, and prints throughput and batch latency. Runs only when asked:
 * {@code mvn -pl search-service verify -Dit.test=TrackingThroughputBenchmarkIT -Dclaimwire.benchmark=true
 * [-Dclaimwire.benchmark.claims=5000] [-Dclaimwire.benchmark.batch=500]}.
 */
@EnabledIfSystemProperty(named = "claimwire.benchmark", matches = "true")
class TrackingThroughputBenchmarkIT {

    @Test
    void trackReutersClaimsInBatches() throws Exception {
        int count = Integer.getInteger("claimwire.benchmark.claims", 5_000);
        int batchSize = Integer.getInteger("claimwire.benchmark.batch", 500);
        long embedStart = System.nanoTime();
        List<ClaimExtracted> claims = ReutersClaims.first(count);
        double embedSeconds = (System.nanoTime() - embedStart) / 1e9;

        try (RestClient rest = RestClient.builder(HttpHost.create(LocalElasticsearch.shared().url())).build()) {
            var client = new ElasticsearchClient(new RestClientTransport(rest,
                    new Jackson3JsonpMapper(JsonMapper.builder().build())));
            String prefix = "bench-tracking-" + UUID.randomUUID().toString().substring(0, 8);
            var search = new SearchProperties(new SearchProperties.Elasticsearch(
                    URI.create(LocalElasticsearch.shared().url()), Duration.ofSeconds(2), Duration.ofSeconds(60)),
                    prefix, 0, 1, Duration.ofSeconds(1),
                    new SearchProperties.Indexing(Duration.ofMillis(200), Duration.ofSeconds(5)));
            var tracking = new ElasticsearchClaimTracking(client, search,
                    new TrackingProperties(null, null, null, null, null, 20, 100), event -> { });

            List<Double> batchMillis = new ArrayList<>();
            Map<TrackingStatus, Integer> statuses = new EnumMap<>(TrackingStatus.class);
            long start = System.nanoTime();
            for (int from = 0; from < claims.size(); from += batchSize) {
                long batchStart = System.nanoTime();
                List<TrackingResult> results = tracking.track(claims.subList(from, Math.min(claims.size(), from + batchSize)));
                batchMillis.add((System.nanoTime() - batchStart) / 1e6);
                results.forEach(result -> statuses.merge(result.status(), 1, Integer::sum));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long redeliveryStart = System.nanoTime();
            tracking.track(claims.subList(0, Math.min(batchSize, claims.size())));
            double redeliveryMillis = (System.nanoTime() - redeliveryStart) / 1e6;

            List<Double> sorted = batchMillis.stream().sorted().toList();
            System.out.printf("%nClaim tracking benchmark: %d Reuters claims (embedded in %.1f s), batches of %d%n",
                    claims.size(), embedSeconds, batchSize);
            System.out.printf("  tracked in %.1f s = %.0f claims/s; batch latency p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    seconds, claims.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95),
                    sorted.get(sorted.size() - 1));
            System.out.printf("  re-delivered batch of %d: %.0f ms%n", Math.min(batchSize, claims.size()), redeliveryMillis);
            System.out.printf("  statuses: %s%n%n", statuses);
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
