package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackEndpointsTest {

    private static final long SELF = ProcessHandle.current().pid();

    private static Map<String, String> stack(Path dataDir) {
        return Map.of("CLAIMWIRE_DATA_DIR", dataDir.toString(), "CLAIMWIRE_KAFKA_PORT", "19092",
                "CLAIMWIRE_ES_PORT", "19200", "CLAIMWIRE_INGEST_PORT", "18081", "CLAIMWIRE_SEARCH_PORT", "18083");
    }

    private static void pidFile(Path dataDir, String name, long pid, long startMillis) throws IOException {
        Files.createDirectories(dataDir.resolve("run"));
        Files.writeString(dataDir.resolve("run").resolve(name + ".pid"), pid + " " + startMillis + "\n");
    }

    @Test
    void localStackGivesEndpointsAndTheProcessesItsPidFilesName(@TempDir Path dataDir) throws IOException {
        long started = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        pidFile(dataDir, "analysis-service-2", SELF, started);
        pidFile(dataDir, "kafka", SELF, started - 3_600_000);

        StackEndpoints endpoints = StackEndpoints.resolve(BenchOptions.parse(new String[0], dataDir, dataDir),
                stack(dataDir), dataDir);

        assertThat(endpoints.ingestUrl()).isEqualTo("http://127.0.0.1:18081");
        assertThat(endpoints.searchUrl()).isEqualTo("http://127.0.0.1:18083");
        assertThat(endpoints.kafka()).isEqualTo("127.0.0.1:19092");
        assertThat(endpoints.elasticsearchUrl()).isEqualTo("http://127.0.0.1:19200");
        assertThat(endpoints.pids()).as("a pid file of a process started at another time is stale")
                .containsEntry("analysis-service-2", SELF).doesNotContainKey("kafka")
                .containsEntry("bench (this JVM)", SELF);
    }

    @Test
    void endpointFlagsPointElsewhereSoOnlyGivenProcessesAreSampled(@TempDir Path dataDir) throws IOException {
        pidFile(dataDir, "ingest-service", SELF,
                ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli());
        BenchOptions options = BenchOptions.parse(new String[] {"--ingest", "http://ingest:8081",
                "--kafka", "broker:9092", "--pid", "kafka=1"}, dataDir, dataDir);

        StackEndpoints endpoints = StackEndpoints.resolve(options, stack(dataDir), dataDir);

        assertThat(endpoints.ingestUrl()).isEqualTo("http://ingest:8081");
        assertThat(endpoints.kafka()).isEqualTo("broker:9092");
        assertThat(endpoints.searchUrl()).isEqualTo("http://127.0.0.1:18083");
        assertThat(endpoints.pids()).containsOnlyKeys("kafka", "bench (this JVM)");
    }
}
