package com.claimwire.search.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.embeddings.ClaimEmbedder;
import com.claimwire.embeddings.MiniLmClaimEmbedder;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import com.claimwire.search.indexing.ClaimDocument;
import com.claimwire.search.indexing.IndexBootstrap;
import com.claimwire.search.indexing.IndexKind;
import com.claimwire.search.search.ResultOrder;
import com.claimwire.search.search.SearchCursor;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search latency at a steady query rate over a large claims index, measured from an HTTP client against the
 * running service and the real local Elasticsearch. Not part of {@code mvn verify} (the name matches neither
 * {@code *Test} nor {@code *IT}); run it with
 * {@code mvn -pl search-service verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SearchLatencyBenchmark}
 * and optionally {@code -Dclaimwire.benchmark.claims=100000 -Dclaimwire.benchmark.queries=2000
 * -Dclaimwire.benchmark.rate=10 -Dclaimwire.benchmark.embeddings=minilm|random -Dclaimwire.benchmark.merged-run=true}.
 *
 * <p>Claim texts and headlines are the reported-speech sentences of the Reuters-21578 stories in the shared data
 * (beyond their number, the same sentences again, as wire copy republished by other outlets); speakers (500),
 * entities (2,000), topics, types, statuses and two years of dates are generated, skewed as in news. Claims are
 * written straight to the index with the service's mapping. Their embeddings are by default those of their texts,
 * from the MiniLM model the analysis service uses (each distinct sentence embedded once in this JVM, a few minutes
 * for the ~50,000 sentences); {@code -Dclaimwire.benchmark.embeddings=random} gives random unit vectors instead, an
 * unclustered graph, for a quicker load. The MiniLM vectors are kept in a file
 * ({@code -Dclaimwire.benchmark.embedding-cache}, by default under the temporary directory) and read back by the next
 * run, so that runs compared with each other spend their time on the index, not the model. Queries vary and are drawn from the same sentences: words of one claim for
 * keyword searches, a whole claim for "similar", whose latency includes computing its embedding. Every first-page
 * keyword query includes all facets and the date histogram, as the dashboard asks for them.
 *
 * <p>The queries run up to three times, each time with other queries: on the index as loaded (many small segments and
 * merges still running, as a live index right after a burst of writes); unless
 * {@code -Dclaimwire.benchmark.settled-run=false}, once the merges the load started have finished (the segments the
 * index's merge policy leaves, as a live index minutes after a burst or while written at a steady pace); and, unless
 * {@code -Dclaimwire.benchmark.merged-run=false}, after a force-merge to one segment (as an index force-merged once it
 * stops taking writes). Each run reports the client's latencies by kind next to the service's
 * own timers (query embedding; Elasticsearch's {@code took} and the round trip per request kind), the JVM's GC pauses
 * and the load average, so that a slow tail can be placed: the model, Elasticsearch, or the machine.
 *
 * <p>{@code -Dclaimwire.benchmark.merge-policy=elasticsearch} gives the claims index Elasticsearch's default merge
 * policy instead of the one the service sets, for a paired comparison of the two.
 *
 * <p>The report also gives what Elasticsearch spent per shard request (query and fetch phases, from index statistics
 * over each run), the shard request cache's hits, the segments and the merges running at the start and the end of each
 * run, what Elasticsearch's process spent in CPU to index the claims and merge their segments (its CPU time while
 * loading, and from the first write until the merges have finished, the run as loaded included), and where the index's bytes go, field by field.
 * {@code _recovery_source} is the full original document (embedding included) that Elasticsearch keeps for
 * operation-based recovery while it may be needed; merges drop it once the shard's retention leases have advanced, so
 * the size without it is what a settled index takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.listener.auto-startup=false",
        // Bulk-loading vectors into the graph on a busy machine can take longer than a search ever should.
        "claimwire.search.elasticsearch.socket-timeout=3m"})
@DirtiesContext
class SearchLatencyBenchmark {

    private static final int CLAIMS = Integer.getInteger("claimwire.benchmark.claims", 100_000);
    private static final int QUERIES = Integer.getInteger("claimwire.benchmark.queries", 2_000);
    private static final int RATE = Integer.getInteger("claimwire.benchmark.rate", 10);
    private static final int WARM_UP = 50;
    /** {@code minilm}: claim vectors from the model the analysis service uses; {@code random}: random unit vectors. */
    private static final String EMBEDDINGS = System.getProperty("claimwire.benchmark.embeddings", "minilm");
    /** Whether to measure a second run after force-merging the index to one segment. */
    private static final boolean MERGED_RUN =
            Boolean.parseBoolean(System.getProperty("claimwire.benchmark.merged-run", "true"));
    /** Whether to measure a run once the merges the load started have finished, before the force-merge. */
    private static final boolean SETTLED_RUN =
            Boolean.parseBoolean(System.getProperty("claimwire.benchmark.settled-run", "true"));
    /** {@code service}: the claims index's merge policy as the service sets it; {@code elasticsearch}: the defaults. */
    private static final String MERGE_POLICY = System.getProperty("claimwire.benchmark.merge-policy", "service");
    private static final Path EMBEDDING_CACHE = Path.of(System.getProperty("claimwire.benchmark.embedding-cache",
            Path.of(System.getProperty("java.io.tmpdir"), "claimwire-benchmark", "minilm-claim-vectors.bin").toString()));
    /** Sentences whose semantic "similar" answer is checked against an exact search, after each run. */
    private static final int RECALL_QUERIES = Integer.getInteger("claimwire.benchmark.recall-queries", 200);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SERVICE_TIMERS = "claimwire.search.";
    private static final String PREFIX = "bench-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.search.elasticsearch.url", () -> LocalElasticsearch.shared().url());
        registry.add("claimwire.kafka.namespace", () -> PREFIX);
        registry.add("claimwire.search.index-prefix", () -> PREFIX);
    }

    @LocalServerPort
    int port;
    @Autowired
    IndexBootstrap indices;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RestClient restClient;

    private final Random random = new Random(42);
    private final ReutersSentences sentences = ReutersSentences.load();
    private final ClaimVectors embeddings = new ClaimVectors(EMBEDDINGS);
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    /** Elasticsearch's CPU time in the measured query runs so far. */
    private long elasticsearchCpuInRuns;

    @Test
    void searchLatencyAtASteadyRate() throws Exception {
        indices.ensureAliases();
        String alias = indices.alias(IndexKind.CLAIMS);
        String mergePolicy = mergePolicy(alias);
        long indexingStarted = System.nanoTime();
        long cpuBeforeLoad = elasticsearchCpuMillis();
        List<float[]> loaded = new ArrayList<>(CLAIMS);
        for (int written = 0; written < CLAIMS; written += 500) {
            List<BulkOperation> operations = new ArrayList<>();
            int end = Math.min(CLAIMS, written + 500);
            List<float[]> vectors = embeddings.of(written, end);
            loaded.addAll(vectors);
            for (int i = written; i < end; i++) {
                ClaimDocument claim = claim(i, vectors.get(i - written));
                operations.add(BulkOperation.of(op -> op.index(idx -> idx.index(alias).id(claim.id()).document(claim))));
            }
            var response = elasticsearch.bulk(b -> b.operations(operations));
            assertThat(response.errors()).as("bulk errors").isFalse();
        }
        elasticsearch.indices().refresh(r -> r.index(alias));
        embeddings.save();
        double indexingSeconds = (System.nanoTime() - indexingStarted) / 1e9;
        long cpuOfLoad = elasticsearchCpuMillis() - cpuBeforeLoad;
        String index = IndexKind.CLAIMS.versionedIndex(PREFIX, 1);
        long storeBytes = primaries(index).store().sizeInBytes();
        long segments = primaries(index).segments().count();
        Map<String, Long> fieldBytes = fieldBytes(index);
        long recoverySourceBytes = fieldBytes.getOrDefault("_recovery_source", 0L);
        // Counted from the fields rather than the store, which also holds segments already merged away.
        long settledBytes = fieldBytes.values().stream().mapToLong(Long::longValue).sum() - recoverySourceBytes;

        StringBuilder report = new StringBuilder(String.format(
                "%nSearch latency benchmark: %,d claims (indexed at %,.0f docs/s, %s; merge policy %s); %,d queries "
                        + "per run at a target %d/s, on %d processors.%n",
                CLAIMS, CLAIMS / indexingSeconds, embeddings.description(), mergePolicy, QUERIES, RATE,
                Runtime.getRuntime().availableProcessors()));
        report.append(String.format("Elasticsearch CPU while loading: %.0f s = %.2f ms per claim.%n", cpuOfLoad / 1e3,
                cpuOfLoad / (double) CLAIMS));
        List<Long> asLoaded = measure(report, "as loaded (" + segments + " segments, as a live index right after a "
                + "burst of writes)", index, 0);
        recall(report, "as loaded", loaded);
        long settledAfter = mergesFinished(index);
        long cpuOfLoadAndMerges = elasticsearchCpuMillis() - cpuBeforeLoad;
        var settled = primaries(index);
        report.append(String.format("%nThe merges the load started finished %,d s after it: %d merges in all, %.0f s "
                        + "of merge time; %d segments then. Elasticsearch CPU from the first write until then: %.0f s "
                        + "= %.2f ms per claim, %.0f s of it in the run as loaded (its queries and the merges running "
                        + "meanwhile).%n", settledAfter, settled.merges().total(),
                settled.merges().totalTimeInMillis() / 1e3, settled.segments().count(), cpuOfLoadAndMerges / 1e3,
                cpuOfLoadAndMerges / (double) CLAIMS, elasticsearchCpuInRuns / 1e3));
        if (SETTLED_RUN) {
            measure(report, "after the load's merges finished (" + settled.segments().count() + " segments, no "
                    + "force-merge: as the merge policy leaves a live index)", index, 2 * (QUERIES + WARM_UP));
            recall(report, "merges finished", loaded);
        }
        Map<String, Long> mergedFieldBytes = forceMerged(index);
        if (MERGED_RUN) {
            measure(report, "after a force-merge to one segment (as an index merged over time, or force-merged once "
                    + "it stops taking writes)", index, QUERIES + WARM_UP);
            recall(report, "merged", loaded);
        }
        long mergedRecoverySourceBytes = mergedFieldBytes.getOrDefault("_recovery_source", 0L);
        long mergedBytes = mergedFieldBytes.values().stream().mapToLong(Long::longValue).sum();
        report.append(String.format("Index size as loaded (%d segments): %.1f MB = %.2f MB per 1,000 claims; its fields "
                        + "without the transient _recovery_source (%.1f MB) take %.1f MB = %.2f MB per 1,000 claims.%n"
                        + "Index size after a force-merge to one segment: %.1f MB = %.2f MB per 1,000 claims; without "
                        + "_recovery_source (%.1f MB), %.1f MB = %.2f MB per 1,000 claims.%nLargest fields as loaded:",
                segments, storeBytes / 1e6, storeBytes / 1e6 / (CLAIMS / 1000.0), recoverySourceBytes / 1e6,
                settledBytes / 1e6, settledBytes / 1e6 / (CLAIMS / 1000.0),
                mergedBytes / 1e6, mergedBytes / 1e6 / (CLAIMS / 1000.0), mergedRecoverySourceBytes / 1e6,
                (mergedBytes - mergedRecoverySourceBytes) / 1e6,
                (mergedBytes - mergedRecoverySourceBytes) / 1e6 / (CLAIMS / 1000.0)));
        fieldBytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(field -> report.append(String.format(" %s %.1f MB;", field.getKey(), field.getValue() / 1e6)));
        report.append('\n');
        System.out.println(report);
        assertThat(asLoaded).hasSize(QUERIES);
    }

    /**
     * One measured run of {@code QUERIES} queries from the {@code first}-th on, after a warm-up with other queries
     * (none is measured from a warm cache), reported under {@code label}: latencies from the client by kind, what
     * Elasticsearch and the service's embedding took by the service's own timers, the shard request cache, the JVM's
     * GC pauses (service and client share it) and the load average. Returns every latency.
     */
    private List<Long> measure(StringBuilder report, String label, String index, int first) throws Exception {
        run(WARM_UP, first + QUERIES, new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>());
        double loadBefore = loadAverage();
        var before = primaries(index);
        long cpuBefore = elasticsearchCpuMillis();
        Map<String, CountAtBucket[]> timesBefore = serviceTimes();
        Map<String, double[]> totalsBefore = serviceTotals();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        double seconds;
        List<Long> pauses;
        try (GcPauses gc = GcPauses.watch()) {
            seconds = run(QUERIES, first, latencies, failures);
            pauses = gc.pauses();
        }
        var after = primaries(index);
        long cpu = elasticsearchCpuMillis() - cpuBefore;
        elasticsearchCpuInRuns += cpu;
        Map<String, CountAtBucket[]> timesAfter = serviceTimes();
        Map<String, double[]> totalsAfter = serviceTotals();
        double loadAfter = loadAverage();

        report.append(String.format("%nRun %s: achieved %.1f queries/s, %d failed (non-200); load average %.1f before, "
                        + "%.1f after; segments %d before, %d after; merges running %d before, %d after; "
                        + "Elasticsearch CPU %.1f s.%nQuery mix (the same shapes in turn): %s.%n"
                        + "Latency from the HTTP client:%n",
                label, QUERIES / seconds, failures.size(), loadBefore, loadAfter, before.segments().count(),
                after.segments().count(), before.merges().current(), after.merges().current(), cpu / 1e3,
                mix(latencies)));
        List<Long> all = new ArrayList<>();
        latencies.forEach((kind, values) -> {
            all.addAll(values);
            report.append(line(kind, values));
        });
        report.append(line("all", all));
        report.append("Inside the service (its timers; percentiles are histogram bucket bounds):\n");
        timesAfter.forEach((meter, counts) -> {
            CountAtBucket[] base = timesBefore.get(meter);
            double[] totalAfter = totalsAfter.get(meter);
            double[] totalBefore = totalsBefore.getOrDefault(meter, new double[2]);
            long n = (long) (totalAfter[0] - totalBefore[0]);
            if (n > 0) {
                report.append(String.format("  %-44s n=%5d  mean %6.1f ms  p50 ≤%5.0f ms  p95 ≤%5.0f ms  p99 ≤%5.0f ms%n",
                        meter, n, (totalAfter[1] - totalBefore[1]) / n, bucketPercentile(base, counts, 50),
                        bucketPercentile(base, counts, 95), bucketPercentile(base, counts, 99)));
            }
        });
        long queries = after.search().queryTotal() - before.search().queryTotal();
        long fetches = after.search().fetchTotal() - before.search().fetchTotal();
        report.append(String.format("Elasticsearch per shard request (mean over the run): query phase %.1f ms over %,d "
                        + "requests, fetch phase %.1f ms over %,d; shard request cache %,d hits, %,d misses%n",
                (after.search().queryTimeInMillis() - before.search().queryTimeInMillis()) / (double) Math.max(1, queries),
                queries,
                (after.search().fetchTimeInMillis() - before.search().fetchTimeInMillis()) / (double) Math.max(1, fetches),
                fetches, after.requestCache().hitCount() - before.requestCache().hitCount(),
                after.requestCache().missCount() - before.requestCache().missCount()));
        long[] sortedPauses = pauses.stream().mapToLong(Long::longValue).sorted().toArray();
        report.append(String.format("GC pauses in the benchmark JVM (service and client): %d, %d ms in all, longest "
                        + "%d ms%n", sortedPauses.length, pauses.stream().mapToLong(Long::longValue).sum(),
                sortedPauses.length == 0 ? 0 : sortedPauses[sortedPauses.length - 1]));
        failures.stream().limit(5).forEach(failure -> report.append("  failed: ").append(failure).append('\n'));
        return all;
    }

    /**
     * How many of the service's semantic-only "similar" top 10 are among the exact top 10 by cosine over every loaded
     * claim vector (a brute-force search in this JVM), over {@code RECALL_QUERIES} sentences; a claim tied with the
     * exact tenth counts as found, since copies of one sentence share its vector. Only for real (MiniLM) vectors: the
     * query's vector must be the one the service computes from its text.
     */
    private void recall(StringBuilder report, String label, List<float[]> loaded) throws Exception {
        if (!embeddings.real || RECALL_QUERIES <= 0) {
            return;
        }
        Random r = new Random(99);
        int found = 0;
        int complete = 0;
        for (int q = 0; q < RECALL_QUERIES; q++) {
            String text = sentences.anySentence(r);
            float[] query = embeddings.vectorOf(text);
            double[] cosines = new double[loaded.size()];
            for (int n = 0; n < cosines.length; n++) {
                cosines[n] = ClaimEmbedder.cosine(query, loaded.get(n));
            }
            double tenth = Arrays.stream(cosines).boxed().sorted(Comparator.reverseOrder()).skip(9).findFirst()
                    .orElse(-1.0);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/claims/similar?k=10&mode=SEMANTIC&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            int hits = 0;
            for (JsonNode hit : JSON.readTree(response.body()).path("hits")) {
                int n = Integer.parseInt(hit.path("id").asString().substring("claim-".length()));
                if (cosines[n] >= tenth - 1e-4) {
                    hits++;
                }
            }
            found += hits;
            complete += hits == 10 ? 1 : 0;
        }
        report.append(String.format("Recall@10 of semantic \"similar\" (%s) against an exact search of all %,d claim "
                        + "vectors: %.3f over %d sentences, %d of them with all 10 found%n", label, loaded.size(),
                found / (10.0 * RECALL_QUERIES), RECALL_QUERIES, complete));
    }

    /** Cumulative bucket counts of the service's search timers, by meter and tag. */
    private Map<String, CountAtBucket[]> serviceTimes() {
        Map<String, CountAtBucket[]> times = new LinkedHashMap<>();
        serviceTimers().forEach(timer -> times.put(name(timer), timer.takeSnapshot().histogramCounts()));
        return times;
    }

    /** Count and total milliseconds of the service's search timers, by meter and tag. */
    private Map<String, double[]> serviceTotals() {
        Map<String, double[]> totals = new LinkedHashMap<>();
        serviceTimers().forEach(timer -> totals.put(name(timer),
                new double[] {timer.count(), timer.totalTime(TimeUnit.MILLISECONDS)}));
        return totals;
    }

    private List<Timer> serviceTimers() {
        return meters.getMeters().stream().filter(Timer.class::isInstance).map(Timer.class::cast)
                .filter(timer -> timer.getId().getName().startsWith(SERVICE_TIMERS))
                .sorted(Comparator.comparing(SearchLatencyBenchmark::name)).toList();
    }

    private static String name(Timer timer) {
        String request = timer.getId().getTag("request");
        return timer.getId().getName().substring("claimwire.search.".length()) + (request == null ? "" : " " + request);
    }

    /** The upper bound in milliseconds of the bucket holding the {@code p}-th percentile of what fell between snapshots. */
    private static double bucketPercentile(CountAtBucket[] before, CountAtBucket[] after, double p) {
        double total = after[after.length - 1].count() - (before == null ? 0 : before[before.length - 1].count());
        double wanted = Math.ceil(p / 100.0 * total);
        for (int i = 0; i < after.length; i++) {
            double count = after[i].count() - (before == null ? 0 : before[i].count());
            if (count >= wanted) {
                return after[i].bucket(TimeUnit.MILLISECONDS);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private co.elastic.clients.elasticsearch.indices.stats.IndexStats primaries(String index) throws IOException {
        return elasticsearch.indices().stats(s -> s.index(index)
                        .metric("store", "search", "request_cache", "segments", "merge"))
                .indices().get(index).primaries();
    }

    /**
     * Gives the claims index Elasticsearch's default merge policy when asked to, and describes the policy it has.
     */
    private String mergePolicy(String alias) throws IOException {
        if (MERGE_POLICY.equals("elasticsearch")) {
            Request reset = new Request("PUT", "/" + alias + "/_settings");
            reset.setJsonEntity("{\"index.merge.policy.floor_segment\": null, \"index.merge.policy.segments_per_tier\": "
                    + "null, \"index.merge.policy.max_merge_at_once\": null}");
            restClient.performRequest(reset);
        } else if (!MERGE_POLICY.equals("service")) {
            throw new IllegalArgumentException("claimwire.benchmark.merge-policy is service or elasticsearch, not "
                    + MERGE_POLICY);
        }
        var response = restClient.performRequest(new Request("GET", "/" + alias
                + "/_settings/index.merge.policy.*?flat_settings=true&include_defaults=true"));
        JsonNode settings = JSON.readTree(response.getEntity().getContent()).values().iterator().next();
        return Stream.of("floor_segment", "segments_per_tier", "max_merge_at_once")
                .map(name -> name + " " + settings.path("settings").path("index.merge.policy." + name)
                        .asString(settings.path("defaults").path("index.merge.policy." + name).asString()))
                .collect(Collectors.joining(", ", MERGE_POLICY + "'s: ", ""));
    }

    /** CPU time of the (single) Elasticsearch node's process so far. */
    private long elasticsearchCpuMillis() throws IOException {
        return elasticsearch.nodes().stats(s -> s.metric("process")).nodes().values().iterator().next()
                .process().cpu().totalInMillis();
    }

    /**
     * Waits until no merge has run on {@code index} for a few seconds (a merge finishing can select the next), and
     * returns how many seconds that took.
     */
    private long mergesFinished(String index) {
        long started = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .until(() -> primaries(index).merges().current() == 0);
        return (System.nanoTime() - started) / 1_000_000_000;
    }

    /**
     * Force-merges {@code index} to one segment, after the latency run (a live index is rarely merged that far), and
     * returns its bytes on disk then, field by field.
     */
    private Map<String, Long> forceMerged(String index) throws IOException {
        elasticsearch.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false));
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2))
                .until(() -> primaries(index).segments().count() == 1);
        // Until a flush and a refresh, the merged-away segments stay on disk for the readers that still hold them.
        elasticsearch.indices().flush(f -> f.index(index).force(true));
        elasticsearch.indices().refresh(r -> r.index(index));
        return fieldBytes(index);
    }

    /** Bytes on disk per field, as Elasticsearch's disk usage analysis counts them. */
    private Map<String, Long> fieldBytes(String index) throws IOException {
        var usage = elasticsearch.indices().diskUsage(d -> d.index(index).runExpensiveTasks(true)).valueBody().toJson()
                .asJsonObject().getJsonObject(index).getJsonObject("fields");
        Map<String, Long> bytes = new LinkedHashMap<>();
        usage.forEach((field, value) -> bytes.put(field,
                value.asJsonObject().getJsonNumber("total_in_bytes").longValue()));
        return bytes;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String mix(Map<String, List<Long>> latencies) {
        int total = latencies.values().stream().mapToInt(List::size).sum();
        return latencies.entrySet().stream()
                .map(kind -> String.format("%s %.0f%%", kind.getKey(), 100.0 * kind.getValue().size() / total))
                .collect(Collectors.joining(", "));
    }

    /**
     * Sends {@code count} queries, the {@code first}-th of the sequence onwards, at a steady rate (open loop: a slow
     * answer does not delay the next query).
     */
    private double run(int count, int first, Map<String, List<Long>> latencies, List<String> failures)
            throws InterruptedException {
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        var done = new CountDownLatch(count);
        var sent = new AtomicInteger();
        long started = System.nanoTime();
        scheduler.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= count) {
                return;
            }
            String[] query = query(first + n);
            long start = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + query[1])).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                        long micros = (System.nanoTime() - start) / 1_000;
                        if (error != null || response.statusCode() != 200) {
                            failures.add(query[1] + " -> " + (error != null ? error : response.statusCode()));
                        }
                        latencies.computeIfAbsent(query[0], k -> new CopyOnWriteArrayList<>()).add(micros);
                        done.countDown();
                    });
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        done.await(10, TimeUnit.MINUTES);
        scheduler.shutdownNow();
        return (System.nanoTime() - started) / 1e9;
    }

    private String[] query(int n) {
        Random r = new Random(n);
        return switch (n % 5) {
            case 0 -> new String[] {"text + facets", "/api/claims/search?q=" + sentences.wordsOfOneSentence(r, 2)};
            case 1 -> new String[] {"filters + facets", "/api/claims/search?type=" + ClaimType.values()[r.nextInt(5)]
                    + "&entity=entity-" + r.nextInt(50) + "&from=2022-01-01&to=2022-12-31"};
            case 2 -> new String[] {"text + speaker, newest", "/api/claims/search?sort=newest&q="
                    + sentences.wordsOfOneSentence(r, 1)
                    + "&speaker=" + URLEncoder.encode("Speaker " + r.nextInt(20), StandardCharsets.UTF_8)};
            case 3 -> new String[] {"deep page (offset 1,000)", "/api/claims/search?sort=newest&size=20&cursor="
                    + deepCursor(r)};
            default -> new String[] {"similar (embedding + kNN)", "/api/claims/similar?k=10&text="
                    + URLEncoder.encode(sentences.anySentence(r), StandardCharsets.UTF_8)};
        };
    }

    /**
     * A cursor 1,000 hits into the newest-first order, as a client paging that far would hold: with the count of
     * the first page, which every cursor the service hands out carries.
     */
    private String deepCursor(Random r) {
        long at = Instant.parse("2023-06-30T00:00:00Z").toEpochMilli() - r.nextInt(1_000) * 60_000L;
        return new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(at), FieldValue.of("claim-" + r.nextInt(CLAIMS))),
                (long) CLAIMS).encode();
    }

    private static String line(String kind, List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("  %-28s n=%5d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", kind,
                sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    private ClaimDocument claim(int n, float[] embedding) {
        ReutersSentences.Sentence sentence = sentences.get(n);
        String text = sentence.text();
        Instant published = Instant.parse("2021-07-01T00:00:00Z").plusSeconds(random.nextInt(2 * 365 * 86_400));
        String speaker = "Speaker " + (int) (500 * Math.pow(random.nextDouble(), 2));
        TrackingStatus status = TrackingStatus.values()[random.nextInt(4)];
        return new ClaimDocument("claim-" + n, "article-" + n / 5, 1, "https://news.example/" + n / 5,
                sentence.headline(), "Outlet " + random.nextInt(200), "en", published,
                published, published, text, 0, text.length(), random.nextBoolean(),
                ClaimType.values()[random.nextInt(5)].name(), new ClaimDocument.Cue("said"),
                new ClaimDocument.SpeakerDocument(speaker, SpeakerKind.values()[random.nextInt(4)].name(), null, null),
                List.of("entity-" + (int) (2_000 * Math.pow(random.nextDouble(), 3)),
                        "entity-" + random.nextInt(2_000)),
                List.of("topic-" + random.nextInt(40)), random.nextDouble(), embedding, null,
                new ClaimDocument.Tracking(status.name(), "claim-" + random.nextInt(n + 1), published, "Outlet 1",
                        1 + random.nextInt(5), 1 + random.nextInt(3), List.of()));
    }

    /**
     * Finer histogram buckets for the service's search timers than the ones it publishes, so that the report can give
     * their percentiles to a few milliseconds, counted over the whole benchmark rather than a rotating window.
     */
    @TestConfiguration
    static class FineSearchHistograms {

        @Bean
        MeterFilter fineSearchHistograms() {
            double[] millis = IntStream.concat(IntStream.concat(IntStream.rangeClosed(1, 100),
                            IntStream.rangeClosed(21, 60).map(i -> i * 5)),
                    IntStream.rangeClosed(7, 100).map(i -> i * 50)).distinct().sorted()
                    .asDoubleStream().toArray();
            double[] nanos = Arrays.stream(millis).map(ms -> ms * 1e6).toArray();
            return new MeterFilter() {
                @Override
                public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                    if (!id.getName().startsWith(SERVICE_TIMERS)) {
                        return config;
                    }
                    // One window for the whole benchmark, so that counts taken before and after a run subtract.
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos)
                            .expiry(Duration.ofDays(1)).bufferLength(1).build().merge(config);
                }
            };
        }
    }

    /**
     * The claims' vectors: those of the claim texts from the MiniLM model the analysis service embeds claims with
     * (each distinct sentence embedded once, on two ONNX Runtime threads), or random unit vectors.
     */
    private final class ClaimVectors {

        private final boolean real;
        private final Random random = new Random(7);
        private final Map<String, float[]> known = new ConcurrentHashMap<>();
        private MiniLmClaimEmbedder model;
        private long embeddingNanos;
        private int cached;
        private int embedded;

        ClaimVectors(String kind) {
            if (!kind.equals("minilm") && !kind.equals("random")) {
                throw new IllegalArgumentException("claimwire.benchmark.embeddings is minilm or random, not " + kind);
            }
            this.real = kind.equals("minilm");
            if (real && Files.isReadable(EMBEDDING_CACHE)) {
                read();
            }
        }

        /** Reads the vectors a previous run kept: each a sentence and its vector. */
        private void read() {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(EMBEDDING_CACHE)))) {
                int count = in.readInt();
                for (int n = 0; n < count; n++) {
                    String text = in.readUTF();
                    float[] vector = new float[ClaimDocument.EMBEDDING_DIMENSIONS];
                    for (int i = 0; i < vector.length; i++) {
                        vector[i] = in.readFloat();
                    }
                    known.put(text, vector);
                }
                cached = count;
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable embedding cache " + EMBEDDING_CACHE + ": delete it", e);
            }
        }

        /** Keeps every vector known so far for the next run, when this one computed any. */
        void save() throws IOException {
            if (!real || known.size() == cached) {
                return;
            }
            Files.createDirectories(EMBEDDING_CACHE.getParent());
            Path partial = EMBEDDING_CACHE.resolveSibling(EMBEDDING_CACHE.getFileName() + ".partial");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                var entries = List.copyOf(known.entrySet());
                out.writeInt(entries.size());
                for (var entry : entries) {
                    out.writeUTF(entry.getKey());
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(partial, EMBEDDING_CACHE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            cached = known.size();
        }

        /** The MiniLM vector of {@code text}. */
        float[] vectorOf(String text) {
            if (model == null) {
                model = new MiniLmClaimEmbedder(2);
            }
            return known.computeIfAbsent(text, unknown -> model.embed(List.of(unknown)).get(0));
        }

        /** The vectors of claims {@code from} (inclusive) to {@code to} (exclusive). */
        List<float[]> of(int from, int to) {
            return real ? embedded(from, to) : IntStream.range(from, to).mapToObj(i -> randomUnit()).toList();
        }

        private List<float[]> embedded(int from, int to) {
            if (model == null) {
                model = new MiniLmClaimEmbedder(2);
            }
            List<String> texts = IntStream.range(from, to).mapToObj(i -> sentences.get(i).text()).toList();
            List<String> unknown = texts.stream().filter(text -> !known.containsKey(text)).distinct().toList();
            if (!unknown.isEmpty()) {
                long started = System.nanoTime();
                List<float[]> vectors = model.embed(unknown);
                embeddingNanos += System.nanoTime() - started;
                embedded += unknown.size();
                for (int i = 0; i < unknown.size(); i++) {
                    known.put(unknown.get(i), vectors.get(i));
                }
            }
            return texts.stream().map(known::get).toList();
        }

        private float[] randomUnit() {
            float[] vector = new float[ClaimDocument.EMBEDDING_DIMENSIONS];
            double norm = 0;
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
                norm += vector[i] * vector[i];
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= (float) Math.sqrt(norm);
            }
            return vector;
        }

        String description() {
            return real ? String.format("MiniLM vectors of the claim texts: %,d distinct sentences embedded in %.0f s, "
                    + "the others' read from %s", embedded, embeddingNanos / 1e9, EMBEDDING_CACHE)
                    : "random unit vectors";
        }
    }

    /** The durations of the GC pauses in this JVM while it is watched. */
    private static final class GcPauses implements AutoCloseable {

        private final List<Long> pauses = new CopyOnWriteArrayList<>();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                // Concurrent cycles run beside the application; only the stop-the-world collections pause it.
                if (!info.getGcName().contains("Concurrent")) {
                    pauses.add(info.getGcInfo().getDuration());
                }
            }
        };

        static GcPauses watch() {
            GcPauses watcher = new GcPauses();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(watcher.listener, null, null);
            }
            return watcher;
        }

        /** Milliseconds of each pause so far. */
        List<Long> pauses() {
            return List.copyOf(pauses);
        }

        @Override
        public void close() throws Exception {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            }
        }
    }
}
