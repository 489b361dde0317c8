package com.claimwire.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Latency and CPU of embedding one query text at a time, as the search service does for "claims like this": this
 * module's embedder (caller's thread, one ONNX Runtime thread that sleeps between operators) against the library's
 * default model (a thread pool and ONNX Runtime threads that spin-wait). Texts are reported-speech sentences of the
 * Reuters-21578 stories in the shared data (bodies read with a pattern, as this module has no JSON library), spaced
 * 20 ms apart as queries arrive; the two embedders take turns in
 * blocks, so that both see the same machine. Not part of the build (the name matches neither {@code *Test} nor
 * {@code *IT}); run it with {@code mvn -pl embeddings test -Dtest=QueryEmbeddingBenchmark}.
 */
class QueryEmbeddingBenchmark {

    private static final Pattern BODY = Pattern.compile("\"body\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");
    private static final int BLOCK = 100;
    private static final long GAP_NANOS = 20_000_000;

    @Test
    void oneQueryTextAtATime() throws IOException {
        List<String> texts = reportedSpeech(4 * BLOCK + 50);
        MiniLmClaimEmbedder shared = new MiniLmClaimEmbedder();
        AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Function<String, float[]> ours = text -> shared.embed(List.of(text)).get(0);
        Function<String, float[]> theirs = text -> library.embed(TextSegment.from(text)).content().vector();
        texts.subList(0, 50).forEach(text -> {
            ours.apply(text);
            theirs.apply(text);
        });
        List<Long> oursWall = new ArrayList<>();
        List<Long> theirsWall = new ArrayList<>();
        long[] cpu = new long[2];
        for (int block = 0; block < 4; block++) {
            List<String> some = texts.subList(50 + block * BLOCK, 50 + (block + 1) * BLOCK);
            boolean oursTurn = block % 2 == 0;
            cpu[oursTurn ? 0 : 1] += run(oursTurn ? ours : theirs, some, oursTurn ? oursWall : theirsWall);
        }
        System.out.printf("%nQuery embedding, one text at a time every 20 ms, %d texts each, load average %.1f:%n%s%s",
                oursWall.size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                line("MiniLmClaimEmbedder (shared)", oursWall, cpu[0]),
                line("library default model", theirsWall, cpu[1]));
        assertThat(oursWall).hasSize(2 * BLOCK);
    }

    /** Embeds {@code texts} one by one; returns the process CPU nanoseconds spent meanwhile. */
    private static long run(Function<String, float[]> model, List<String> texts, List<Long> wall) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        for (String text : texts) {
            long started = System.nanoTime();
            model.apply(text);
            wall.add(System.nanoTime() - started);
            LockSupport.parkNanos(GAP_NANOS);
        }
        return os.getProcessCpuTime() - cpuBefore;
    }

    private static String line(String name, List<Long> wall, long cpuNanos) {
        long[] sorted = wall.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("  %-30s wall p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms; process CPU %5.1f ms per text%n",
                name, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, cpuNanos / 1e6 / sorted.length);
    }

    /** The first {@code count} sentences with " said" of the shared Reuters stories. */
    private static List<String> reportedSpeech(int count) throws IOException {
        Path file = Path.of(System.getProperty("claimwire.shared.dir", "../../shared"), "data", "news",
                "reuters21578.jsonl");
        Assumptions.assumeTrue(Files.isReadable(file), "shared Reuters data not found at " + file);
        List<String> sentences = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while (sentences.size() < count && (line = reader.readLine()) != null) {
                Matcher body = BODY.matcher(line);
                if (!body.find()) {
                    continue;
                }
                String text = body.group(1).replace("\\n", " ").replace("\\\"", "\"").replaceAll("\\s+", " ");
                Arrays.stream(text.split("(?<=[.!?])\\s+(?=[A-Z\"])"))
                        .filter(sentence -> sentence.contains(" said") && sentence.length() >= 40
                                && sentence.length() <= 400)
                        .limit(count - sentences.size())
                        .forEach(sentences::add);
            }
        }
        Assumptions.assumeTrue(sentences.size() == count, "too few reported-speech sentences in " + file);
        return sentences;
    }
}
