package com.claimwire.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.EventCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code java -jar analysis-service.jar analyze} runs the engine before and without Spring: stdout is pure JSON lines. */
class AnalyzeModeTest {

    @Test
    void analyzeWritesOnlyJsonLinesOnStdoutAndExitsWithTheCommandsCode() throws Exception {
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                AnalysisApplication.class.getName(), "analyze", "--no-embeddings")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(("{\"id\":\"a1\",\"url\":\"https://x.example/a1\",\"title\":\"T\","
                    + "\"body\":\"The minister said that the talks would resume on Monday.\"}\n"
                    + "this is not json\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = readLines(process);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(lines).hasSize(2);
        JsonNode first = EventCodec.mapper().readTree(lines.get(0));
        JsonNode second = EventCodec.mapper().readTree(lines.get(1));
        assertThat(first.get("id").asString()).isEqualTo("a1");
        assertThat(first.has("claims")).isTrue();
        assertThat(second.has("error")).isTrue();
    }

    private static List<String> readLines(Process process) throws IOException {
        try (var stdout = process.getInputStream()) {
            return new String(stdout.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
