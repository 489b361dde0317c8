package com.claimwire.analysis.bench;

import static org.awaitility.Awaitility.await;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import com.claimwire.localinfra.Distributions;
import com.claimwire.localinfra.FreePorts;
import com.claimwire.localinfra.LocalKafka;
import com.claimwire.localinfra.ManagedProcess;
import com.claimwire.localinfra.ServiceSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

/**
 * The analysis service under load: runs the service's jar with {@code -Xmx512m} against the local Kafka broker,
 * pushes Reuters-21578 articles onto its raw topic, and samples the service's own heap figures from Actuator while
 * it works through them (embeddings on, as in production). It also reports the service's CPU time per 1,000
 * articles, read from {@code /proc}: unlike wall time, other processes on a shared machine hardly inflate it, so
 * two jars can be compared on a busy machine.
 *
 * <p>The service first works through {@code -Dbench.heap.warmup} other articles (300), so that the figures are
 * those of a warmed-up service. By default every article is pushed at once (throughput); {@code -Dbench.heap.rate=20} paces them at 20
 * articles/s instead and reports the time from sending a raw article to its enriched article arriving (latency
 * at a moderate rate), and, from the service's own timers, where an article's time went: waiting on the raw topic
 * for a poll, waiting behind its poll's earlier articles, being analysed (wall time, and the CPU time within it), and
 * per poll the wait for the sends' acknowledgements. {@code -Dbench.service.jvm-args="-XX:StartFlightRecording=filename=/tmp/a.jfr"} passes
 * JVM options to the service, e.g. to profile it.
 *
 * <p>Run with {@code mvn -B -o -pl analysis-service -Pbench-heap verify -DskipTests}; it needs the jar that
 * {@code package} builds ({@code -Dclaimwire.analysis.jar}) and the local-infra distributions.
 */
public final class ServiceHeapUnderLoad {

    private static final String HEAP = "512m";
    /** The service's timers along an article's way from the raw to the enriched topic, in that order. */
    private static final Map<String, String> STAGE_TIMERS = orderedStageTimers();
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceHeapUnderLoad() {
    }

    private static Map<String, String> orderedStageTimers() {
        Map<String, String> timers = new LinkedHashMap<>();
        timers.put("claimwire.analysis.fetch.wait", "on the raw topic until polled");
        timers.put("claimwire.analysis.queue.wait", "behind its poll's earlier articles");
        timers.put("claimwire.analysis.time", "analysed (wall)");
        timers.put("claimwire.analysis.cpu", "of which CPU");
        timers.put("claimwire.analysis.publish.wait", "per poll, sends acknowledged");
        return timers;
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> reuters = ReutersArticles.locate();
        if (reuters.isEmpty()) {
            System.out.println("SKIPPED: reuters21578.jsonl not found (set -Dclaimwire.shared.dir=<shared dir>)");
            return;
        }
        Path jar = Path.of(System.getProperty("claimwire.analysis.jar", "analysis-service/target/analysis-service.jar"));
        if (!Files.isRegularFile(jar)) {
            System.out.println("SKIPPED: the service jar " + jar + " is missing (mvn package builds it)");
            return;
        }
        int count = Integer.getInteger("bench.heap.articles", 3000);
        int warmUpCount = Integer.getInteger("bench.heap.warmup", 300);
        double rate = Double.parseDouble(System.getProperty("bench.heap.rate", "0"));
        List<ArticleReceived> loaded = ReutersArticles.load(reuters.get(), warmUpCount + count);
        List<ArticleReceived> warmUp = loaded.subList(0, warmUpCount);
        List<ArticleReceived> articles = loaded.subList(warmUpCount, loaded.size());
        String bootstrapServers = LocalKafka.shared().bootstrapServers();
        String namespace = "heap-" + UUID.randomUUID().toString().substring(0, 8);
        int port = FreePorts.next();
        Path log = Files.createTempFile("analysis-heap-", ".log");
        ServiceSettings settings = new ServiceSettings(port, bootstrapServers, "http://127.0.0.1:9",
                Map.of(ServiceSettings.KAFKA_NAMESPACE, namespace));
        List<String> command = new ArrayList<>(List.of(Distributions.javaExecutable().toString(), "-Xmx" + HEAP));
        String jvmArgs = System.getProperty("bench.service.jvm-args", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ManagedProcess service = ManagedProcess.start("analysis-service", command, settings.environment(),
                Path.of("."), log, false);
        try {
            await("service readiness").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> isReady(port));
            String rawTopic = Topics.RAW_ARTICLES.qualifiedName(namespace);
            String enrichedTopic = Topics.ENRICHED_ARTICLES.qualifiedName(namespace);
            System.out.printf("Service ready (pid %d, -Xmx%s %s, log %s); warming up on %d articles%n",
                    service.pid(), HEAP, jvmArgs, log, warmUp.size());
            try (EnrichedArrivals arrivals = new EnrichedArrivals(bootstrapServers, enrichedTopic)) {
                push(bootstrapServers, rawTopic, warmUp, 0, arrivals);
                await("warm-up articles analysed").atMost(Duration.ofMinutes(30))
                        .pollInterval(Duration.ofMillis(100)).until(() -> arrivals.received() >= warmUp.size());
            }
            System.out.printf("Pushing %d Reuters articles %s%n", articles.size(),
                    rate > 0 ? "at " + rate + " articles/s" : "at once");
            try (EnrichedArrivals arrivals = new EnrichedArrivals(bootstrapServers, enrichedTopic)) {
                Load load = new Load(service.pid(), port);
                double claimsBefore = load.claims();
                Map<String, double[]> stagesBefore = load.stageTotals();
                Map<String, Long> threadCpuBefore = threadCpuNanos(service.pid());
                long cpuBefore = processCpuNanos(service.pid());
                long started = System.nanoTime();
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                sampler.scheduleAtFixedRate(load::sampleQuietly, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                push(bootstrapServers, rawTopic, articles, rate, arrivals);
                await("all articles analysed").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> arrivals.received() >= articles.size());
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuSeconds = (processCpuNanos(service.pid()) - cpuBefore) / 1e9;
                Map<String, Long> threadCpuAfter = threadCpuNanos(service.pid());
                sampler.shutdownNow();
                load.report(articles.size(), load.claims() - claimsBefore, seconds, cpuSeconds, arrivals);
                load.reportStages(stagesBefore);
                printCpuByThread(threadCpuBefore, threadCpuAfter, cpuSeconds);
            }
        } finally {
            service.stop(Duration.ofSeconds(30));
        }
    }

    /** Sends the articles all at once ({@code rate} 0) or paced at {@code rate} per second, noting when each went. */
    private static void push(String bootstrapServers, String topic, List<ArticleReceived> articles, double rate,
            EnrichedArrivals arrivals) throws InterruptedException {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                ArticleReceived article = articles.get(i);
                arrivals.sent(article.id());
                producer.send(new ProducerRecord<>(topic, article.id(), EventCodec.encode(article)));
            }
            producer.flush();
        }
    }

    /** User plus system CPU time of a process, all its threads (ONNX Runtime's native ones included). */
    private static long processCpuNanos(long pid) throws IOException {
        return cpuNanos(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /** CPU time of each live thread of a process, by thread id and name. */
    private static Map<String, Long> threadCpuNanos(long pid) throws IOException {
        Map<String, Long> threads = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    threads.put(task.getFileName() + " " + name, cpuNanos(stat));
                } catch (IOException ended) {
                    // The thread ended between listing and reading: its time is in no thread's share.
                }
            }
        }
        return threads;
    }

    private static long cpuNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields 14 and 15 of proc(5) (utime, stime), counted here from field 3, in clock ticks of 10 ms.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10_000_000L;
    }

    /** Where the CPU time went, by thread name with pool numbers dropped (ONNX Runtime's threads are unnamed). */
    private static void printCpuByThread(Map<String, Long> before, Map<String, Long> after, double cpuSeconds) {
        Map<String, Double> byName = new HashMap<>();
        after.forEach((thread, nanos) -> byName.merge(thread.substring(thread.indexOf(' ') + 1)
                .replaceAll("[0-9]+", "#"), (nanos - before.getOrDefault(thread, 0L)) / 1e9, Double::sum));
        System.out.println("  CPU by thread (seconds)      " + byName.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .map(entry -> String.format("%s %.1f", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", "))
                + String.format(" of %.1f", cpuSeconds));
    }

    private static boolean isReady(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Peaks of the service's heap figures while it works, read from Actuator and /proc. */
    private static final class Load {

        private final long pid;
        private final int port;
        private final DoubleAccumulator peakHeapUsed = new DoubleAccumulator(Math::max, 0);
        private final DoubleAccumulator peakHeapCommitted = new DoubleAccumulator(Math::max, 0);
        private final DoubleAccumulator peakRss = new DoubleAccumulator(Math::max, 0);
        private final AtomicLong samples = new AtomicLong();
        private double heapMax;

        Load(long pid, int port) {
            this.pid = pid;
            this.port = port;
        }

        /** One sample; a failed one (the service busy past the HTTP timeout) is skipped. */
        void sampleQuietly() {
            try {
                sample();
            } catch (Exception e) {
                System.out.println("sample skipped: " + e);
            }
        }

        private void sample() throws Exception {
            peakHeapUsed.accumulate(metric("jvm.memory.used", "area:heap"));
            peakHeapCommitted.accumulate(metric("jvm.memory.committed", "area:heap"));
            heapMax = metric("jvm.memory.max", "area:heap");
            peakRss.accumulate(rssBytes());
            samples.incrementAndGet();
        }

        /** The service's own timers of where an article's time goes, as their count and total seconds so far. */
        Map<String, double[]> stageTotals() throws Exception {
            Map<String, double[]> totals = new LinkedHashMap<>();
            for (String timer : STAGE_TIMERS.keySet()) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/metrics/" + timer)).build(),
                        HttpResponse.BodyHandlers.ofString());
                double count = 0;
                double total = 0;
                if (response.statusCode() == 200) {
                    for (JsonNode measurement : EventCodec.mapper().readTree(response.body()).path("measurements")) {
                        switch (measurement.path("statistic").asString()) {
                            case "COUNT" -> count = measurement.path("value").asDouble();
                            case "TOTAL_TIME" -> total = measurement.path("value").asDouble();
                            default -> { }
                        }
                    }
                }
                totals.put(timer, new double[] {count, total});
            }
            return totals;
        }

        /** Mean of each stage timer over the measured articles (the warm-up's figures taken out). */
        void reportStages(Map<String, double[]> before) throws Exception {
            Map<String, double[]> after = stageTotals();
            StringBuilder line = new StringBuilder("  where the time went (mean)  ");
            STAGE_TIMERS.forEach((timer, label) -> {
                double count = after.get(timer)[0] - before.get(timer)[0];
                double total = after.get(timer)[1] - before.get(timer)[1];
                line.append(String.format("%s %.1f ms", label, count == 0 ? 0 : total * 1000 / count))
                        .append(timer.endsWith("publish.wait") ? String.format(" (%.0f polls)", count) : "")
                        .append("; ");
            });
            System.out.println(line.substring(0, line.length() - 2));
        }

        /** Claims the service has published since it started. */
        double claims() throws Exception {
            return metric("claimwire.analysis.claims", null);
        }

        void report(int articles, double claims, double seconds, double cpuSeconds, EnrichedArrivals arrivals)
                throws Exception {
            sample();
            double partial = metric("claimwire.analysis.partial", null);
            System.out.println();
            System.out.println("Analysis service under load (Reuters-21578, embeddings on, -Xmx" + HEAP + ")");
            System.out.printf("  articles analysed            %d in %.1f s (%.1f articles/s end to end)%n",
                    articles, seconds, articles / seconds);
            System.out.printf("  claims published             %.0f (%.0f partial results since the start)%n", claims,
                    partial);
            System.out.printf("  service CPU time             %.1f s: %.1f CPU-seconds per 1,000 articles%n",
                    cpuSeconds, cpuSeconds * 1000 / articles);
            System.out.printf("  sent -> enriched latency     p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                    arrivals.latencyPercentile(50), arrivals.latencyPercentile(95), arrivals.latencyPercentile(99),
                    arrivals.latencyPercentile(100));
            System.out.printf("  peak heap used               %s (max %s)%n", mib(peakHeapUsed.get()), mib(heapMax));
            System.out.printf("  peak heap committed          %s%n", mib(peakHeapCommitted.get()));
            System.out.printf("  peak process RSS             %s (heap, metaspace, ONNX Runtime native memory)%n",
                    mib(peakRss.get()));
            System.out.printf("  samples                      %d, every %d ms%n", samples.get(), SAMPLE_EVERY.toMillis());
            System.out.printf("  machine load average         %.1f on %d cores (other processes compete for them)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }

        private double metric(String name, String tag) throws Exception {
            String query = tag == null ? "" : "?tag=" + tag;
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/metrics/" + name + query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return 0;
            }
            JsonNode measurement = EventCodec.mapper().readTree(response.body()).path("measurements").path(0);
            return measurement.path("value").asDouble();
        }

        private double rssBytes() throws IOException {
            Path status = Path.of("/proc", Long.toString(pid), "status");
            if (!Files.isReadable(status)) {
                return 0;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return 0;
        }

        private static String mib(double bytes) {
            return String.format("%.0f MiB", bytes / (1024 * 1024));
        }
    }

    /** Reads the enriched topic and notes when each article's enriched record first arrives. */
    private static final class EnrichedArrivals implements AutoCloseable {

        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        private final Map<String, Long> latencyMillis = new ConcurrentHashMap<>();
        private final Thread reader;
        private volatile boolean running = true;

        EnrichedArrivals(String bootstrapServers, String topic) {
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
                    new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(topic));
            reader = new Thread(() -> read(consumer), "enriched-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(KafkaConsumer<String, byte[]> consumer) {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        Long sent = sentAt.get(record.key());
                        if (sent != null) {
                            latencyMillis.putIfAbsent(record.key(), (now - sent) / 1_000_000);
                        }
                    }
                }
            }
        }

        void sent(String articleId) {
            sentAt.putIfAbsent(articleId, System.nanoTime());
        }

        int received() {
            return latencyMillis.size();
        }

        long latencyPercentile(double percentile) {
            long[] sorted = latencyMillis.values().stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            reader.join(5_000);
        }
    }
}
