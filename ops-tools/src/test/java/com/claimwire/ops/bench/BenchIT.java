package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.Distributions;
import com.claimwire.localinfra.FreePorts;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import com.claimwire.localinfra.ServiceProcess;
import com.claimwire.localinfra.ServiceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny bench (20 articles at 5 per second) against the three services started from their jars on local-infra's
 * real Kafka and Elasticsearch, in a topic namespace and index prefix of its own.
 */
class BenchIT {

    private static final Map<ClaimwireService, ServiceProcess> SERVICES = new EnumMap<>(ClaimwireService.class);
    private static String namespace;
    private static Path reuters;

    @BeforeAll
    static void startServices() {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null, "claimwire.shared.dir is not set");
        reuters = Path.of(shared, "data", "news", "reuters21578.jsonl");
        assumeTrue(Files.isRegularFile(reuters), "no Reuters-21578 file at " + reuters);
        Distributions distributions = Distributions.locate();
        namespace = "bench-it-" + UUID.randomUUID().toString().substring(0, 8);
        String kafka = LocalKafka.shared().bootstrapServers();
        String elasticsearch = LocalElasticsearch.shared().url();
        Path logs = distributions.repoDir().resolve("ops-tools").resolve("target").resolve("service-logs")
                .resolve(namespace);
        for (ClaimwireService service : ClaimwireService.values()) {
            ServiceSettings settings = new ServiceSettings(FreePorts.next(), kafka, elasticsearch, Map.of(
                    ServiceSettings.KAFKA_NAMESPACE, namespace, ServiceSettings.INDEX_PREFIX, namespace));
            SERVICES.put(service, ServiceProcess.start(distributions, service, settings,
                    logs.resolve(service.module() + ".log"), false));
        }
        SERVICES.values().forEach(service -> service.awaitReady(ServiceProcess.READY_TIMEOUT));
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(ServiceProcess::stop);
    }

    @Test
    void reportHasALatencyRowForEveryArticle(@TempDir Path out) throws Exception {
        List<String> args = new ArrayList<>(List.of("--rates", "5", "--articles", "20",
                "--ingest", SERVICES.get(ClaimwireService.INGEST).baseUrl(),
                "--search", SERVICES.get(ClaimwireService.SEARCH).baseUrl(),
                "--kafka", LocalKafka.shared().bootstrapServers(),
                "--elasticsearch", LocalElasticsearch.shared().url(),
                "--namespace", namespace, "--index-prefix", namespace,
                "--drain-timeout", "3m", "--data", reuters.toString(), "--out", out.toString()));
        SERVICES.forEach((service, process) -> {
            args.add("--pid");
            args.add(service.module() + "=" + process.process().pid());
        });
        BenchOptions options = BenchOptions.parse(args.toArray(String[]::new), reuters, out);

        BenchReport report = new Bench(options, StackEndpoints.resolve(options, Map.of(), Path.of(".")), args,
                System.out).execute();

        PhaseResult phase = report.phases().get(0);
        assertThat(phase.accepted()).isEqualTo(20);
        assertThat(phase.searchable()).isEqualTo(20);
        assertThat(phase.searchableLatency().p99()).isPositive();
        assertThat(phase.stages()).filteredOn(stage -> stage.span().articlePath())
                .allSatisfy(stage -> assertThat(stage.latency().count()).as(stage.span().name()).isEqualTo(20));
        List<String> rows = Files.readAllLines(out.resolve(ReportWriter.ARTICLES));
        assertThat(rows).hasSize(1 + 20);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            String[] cells = row.split(",", -1);
            assertThat(cells[0]).isEqualTo("5/s");
            assertThat(cells[1]).startsWith("bench-" + report.run().id() + "-0-");
            assertThat(Double.parseDouble(cells[9])).as("searchable latency of %s", cells[1]).isPositive();
            assertThat(Double.parseDouble(cells[12])).as("on the enriched topic after the raw topic: %s", cells[1])
                    .isGreaterThanOrEqualTo(Double.parseDouble(cells[11]));
        });
        assertThat(markdown(out)).contains("| 5/s | 20 | 20 |").contains("## Bottleneck")
                .contains("| ingest-service |").contains("| analysis-service |").contains("| search-service |")
                .contains(namespace + ".claimwire.articles.raw");
        assertThat(Files.size(out.resolve(ReportWriter.CHART))).isPositive();
    }

    private static String markdown(Path out) throws IOException {
        return Files.readString(out.resolve(ReportWriter.MARKDOWN));
    }
}
