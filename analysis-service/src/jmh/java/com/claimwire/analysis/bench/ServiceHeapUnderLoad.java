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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

/**
 * The analysis service's heap under load: runs the service's jar with {@code -Xmx512m} against the local Kafka
 * broker, pushes Reuters-21578 articles onto its raw topic all at once, and samples the service's own heap
 * figures from Actuator while it works through them (embeddings on, as in production).
 *
 * <p>Run with {@code mvn -B -o -pl analysis-service -Pbench-heap verify -DskipTests}; it needs the jar that
 * {@code package} builds ({@code -Dclaimwire.analysis.jar}) and the local-infra distributions.
 */
public final class ServiceHeapUnderLoad {

    private static final String HEAP = "512m";
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceHeapUnderLoad() {
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
        List<ArticleReceived> articles = ReutersArticles.load(reuters.get(), count);
        String bootstrapServers = LocalKafka.shared().bootstrapServers();
        String namespace = "heap-" + UUID.randomUUID().toString().substring(0, 8);
        int port = FreePorts.next();
        Path log = Files.createTempFile("analysis-heap-", ".log");
        ServiceSettings settings = new ServiceSettings(port, bootstrapServers, "http://127.0.0.1:9",
                Map.of(ServiceSettings.KAFKA_NAMESPACE, namespace));
        ManagedProcess service = ManagedProcess.start("analysis-service",
                List.of(Distributions.javaExecutable().toString(), "-Xmx" + HEAP, "-jar", jar.toString()),
                settings.environment(), Path.of("."), log, false);
        try {
            await("service readiness").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> isReady(port));
            System.out.printf("Service ready (pid %d, -Xmx%s, log %s); pushing %d Reuters articles%n",
                    service.pid(), HEAP, log, articles.size());
            Load load = new Load(service.pid(), port);
            long started = System.nanoTime();
            push(bootstrapServers, Topics.RAW_ARTICLES.qualifiedName(namespace), articles);
            await("all articles analysed").atMost(Duration.ofMinutes(30)).pollInterval(SAMPLE_EVERY)
                    .until(() -> load.sample() >= articles.size());
            double seconds = (System.nanoTime() - started) / 1e9;
            load.report(articles.size(), seconds);
        } finally {
            service.stop(Duration.ofSeconds(30));
        }
    }

    private static void push(String bootstrapServers, String topic, List<ArticleReceived> articles) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (ArticleReceived article : articles) {
                producer.send(new ProducerRecord<>(topic, article.id(), EventCodec.encode(article)));
            }
            producer.flush();
        }
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

        /** Takes one sample and answers how many articles the service has analysed. */
        long sample() throws Exception {
            peakHeapUsed.accumulate(metric("jvm.memory.used", "area:heap"));
            peakHeapCommitted.accumulate(metric("jvm.memory.committed", "area:heap"));
            heapMax = metric("jvm.memory.max", "area:heap");
            peakRss.accumulate(rssBytes());
            samples.incrementAndGet();
            return (long) metric("claimwire.analysis.articles", null);
        }

        void report(int articles, double seconds) throws Exception {
            double claims = metric("claimwire.analysis.claims", null);
            double partial = metric("claimwire.analysis.partial", null);
            System.out.println();
            System.out.println("Analysis service under load (Reuters-21578, embeddings on, -Xmx" + HEAP + ")");
            System.out.printf("  articles analysed            %d in %.1f s (%.1f articles/s end to end)%n",
                    articles, seconds, articles / seconds);
            System.out.printf("  claims published             %.0f (%.0f partial results)%n", claims, partial);
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
}
