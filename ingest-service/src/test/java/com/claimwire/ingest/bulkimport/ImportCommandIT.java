package com.claimwire.ingest.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Topics;
import com.claimwire.ingest.IngestApplication;
import com.claimwire.ingest.support.TopicRecords;
import com.claimwire.localinfra.LocalKafka;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** {@code import} streams a JSON-lines file through a running ingest service into Kafka. */
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportCommandIT {

    private static final String NAMESPACE = "it-import-" + UUID.randomUUID().toString().substring(0, 8);
    private static final int REUTERS_LINES = 120;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.kafka.namespace", () -> NAMESPACE);
    }

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    private static Path reuters() {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null, "claimwire.shared.dir is not set");
        Path file = Path.of(shared, "data", "news", "reuters21578.jsonl");
        assumeTrue(Files.isReadable(file), "the Reuters collection is not there: " + file);
        return file;
    }

    private record Run(int exitCode, JsonNode summary, String progress) {
    }

    private Run importFile(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of(file.toString(), "--url", "http://127.0.0.1:" + port,
                "--rejects", work.resolve("rejects.jsonl").toString(), "--batch-size", "25"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8).strip();
        return new Run(exit, stdout.isEmpty() ? null : EventCodec.mapper().readTree(stdout), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importsReutersLinesCountsEveryOutcomeAndWritesRejectsWithReasons() throws IOException {
        Path file = work.resolve("sample.jsonl");
        List<String> lines;
        try (Stream<String> reuters = Files.lines(reuters())) {
            lines = new ArrayList<>(reuters.limit(REUTERS_LINES).toList());
        }
        lines.add("{not json");
        lines.add("");
        lines.add("[1, 2]");
        Files.write(file, lines);
        long withoutBody = lines.stream().limit(REUTERS_LINES)
                .map(line -> EventCodec.mapper().readTree(line))
                .filter(json -> json.path("body").isNull() || json.path("body").asString("").isBlank()
                        || json.path("title").isNull() || json.path("title").asString("").isBlank())
                .count();

        Run first = importFile(file);

        assertThat(first.exitCode()).isZero();
        assertThat(first.summary().path("lines").asLong()).isEqualTo(REUTERS_LINES + 2);
        assertThat(first.summary().path("rejected").asLong()).isEqualTo(withoutBody + 2);
        assertThat(first.summary().path("accepted").asLong() + first.summary().path("duplicates").asLong())
                .isEqualTo(REUTERS_LINES - withoutBody);
        assertThat(first.progress()).contains("100%").contains("accepted/s");
        List<String> rejects = Files.readAllLines(work.resolve("rejects.jsonl"));
        assertThat(rejects).hasSize((int) (withoutBody + 2));
        assertThat(rejects).anySatisfy(reject -> assertThat(EventCodec.mapper().readTree(reject).path("reason").asString())
                .startsWith("not JSON"));
        assertThat(rejects).anySatisfy(reject -> assertThat(EventCodec.mapper().readTree(reject).path("reason").asString())
                .contains("body is required"));

        TopicRecords.readUntil(LocalKafka.shared().bootstrapServers(), Topics.RAW_ARTICLES.qualifiedName(NAMESPACE),
                record -> record.key().equals("reuters21578-1"));

        Run again = importFile(file);
        assertThat(again.summary().path("accepted").asLong()).isZero();
        assertThat(again.summary().path("duplicates").asLong()).isEqualTo(REUTERS_LINES - withoutBody);
    }

    @Test
    void aRefusedApiKeyStopsTheImportWithExitCode1() throws IOException {
        Path file = work.resolve("one.jsonl");
        Files.writeString(file, "{\"url\": \"https://e.com/a\", \"title\": \"T\", \"body\": \"B\"}\n");

        Run run = importFile(file, "--api-key", "wrong-key");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.progress()).contains("API key was refused").doesNotContain("wrong-key");
    }

    @Test
    void usageErrorsExitWith2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(new String[] {"--batch-size", "0"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: import");
    }
}
