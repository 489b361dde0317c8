package com.claimwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the events with claim vectors cost to read and write, in thread CPU time (which other processes on a shared
 * machine hardly inflate), operations interleaved round by round so that both sides of each comparison see the same
 * machine:
 * <ul>
 *   <li>a claim record read directly into its event (since session 6) against through a JSON tree (before);</li>
 *   <li>an enriched article with its claims' vectors (before session 6: written, then read through a tree) against
 *   without them (as published and read now).</li>
 * </ul>
 * Articles are the first Reuters-21578 stories of the shared data; their claims are the sentences with "said" (at
 * most four, about what the claims engine finds per article) with seeded random unit vectors of MiniLM's 384
 * dimensions, which print as many digits as real ones. Not part of {@code mvn verify}: run with
 * {@code mvn -pl contracts test -Dtest=EventCodecBenchmark}; skips when the shared data is absent.
 */
class EventCodecBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 400);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);
    private static final int DIMENSIONS = 384;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Object sink;

    @Test
    void claimVectorsOnTheWire() throws Exception {
        Path reuters = Path.of(System.getProperty("claimwire.shared.dir", "../shared"), "data/news/reuters21578.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(reuters), "shared Reuters data absent");
        List<ArticleAnalyzed> withVectors = articles(reuters);
        List<ArticleAnalyzed> withoutVectors = withVectors.stream().map(EventCodecBenchmark::withoutVectors).toList();
        List<byte[]> claimRecords = new ArrayList<>();
        withVectors.forEach(article -> ClaimExtracted.of(article).forEach(claim -> claimRecords.add(EventCodec.encode(claim))));
        List<byte[]> enrichedWith = withVectors.stream().map(EventCodec::encode).toList();
        List<byte[]> enrichedWithout = withoutVectors.stream().map(EventCodec::encode).toList();

        Map<String, IntFunction<Object>> operations = new LinkedHashMap<>();
        operations.put("claim record, read directly", i -> EventCodec.decode(Topics.CLAIMS, at(claimRecords, i)));
        operations.put("claim record, read through a tree", i -> EventCodec.readThroughTree(Topics.CLAIMS,
                at(claimRecords, i)).violations());
        operations.put("enriched article with vectors, read", i -> EventCodec.decode(Topics.ENRICHED_ARTICLES,
                at(enrichedWith, i)));
        operations.put("enriched article with vectors, through a tree", i -> EventCodec.readThroughTree(
                Topics.ENRICHED_ARTICLES, at(enrichedWith, i)).violations());
        operations.put("enriched article without vectors, read", i -> EventCodec.decode(Topics.ENRICHED_ARTICLES,
                at(enrichedWithout, i)));
        operations.put("enriched article with vectors, written", i -> EventCodec.encode(at(withVectors, i)));
        operations.put("enriched article without vectors, written", i -> EventCodec.encode(at(withoutVectors, i)));

        Map<String, double[]> micros = new LinkedHashMap<>();
        operations.keySet().forEach(name -> micros.put(name, new double[ROUNDS]));
        int perRound = 2_000;
        for (int round = -3; round < ROUNDS; round++) {
            for (var operation : operations.entrySet()) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    sink = operation.getValue().apply(i);
                }
                if (round >= 0) {
                    micros.get(operation.getKey())[round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nEvent codec, %d Reuters articles, %d claims (%.1f per article); enriched record"
                        + " %.1f KB with vectors, %.1f KB without (mean); thread CPU per operation, median of %d rounds"
                        + " (min-max); load average %.1f%n", withVectors.size(), claimRecords.size(),
                (double) claimRecords.size() / withVectors.size(), meanKb(enrichedWith), meanKb(enrichedWithout), ROUNDS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        micros.forEach((name, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "  %-44s %7.1f us (%.1f-%.1f)%n", name, sorted[sorted.length / 2], sorted[0],
                    sorted[sorted.length - 1]);
        });
        assertThat(claimRecords).isNotEmpty();
    }

    private static <T> T at(List<T> items, int i) {
        return items.get(i % items.size());
    }

    private static double meanKb(List<byte[]> records) {
        return records.stream().mapToInt(record -> record.length).average().orElse(0) / 1024;
    }

    private static List<ArticleAnalyzed> articles(Path reuters) throws Exception {
        Random random = new Random(42);
        List<ArticleAnalyzed> articles = new ArrayList<>();
        try (var lines = Files.lines(reuters)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (articles.size() == ARTICLES) {
                    break;
                }
                JsonNode story = EventCodec.mapper().readTree(line);
                String body = story.path("body").asString("");
                List<Claim> claims = new ArrayList<>();
                for (String sentence : body.split("(?<=\\.)\\s+")) {
                    int start = body.indexOf(sentence);
                    if (sentence.contains(" said") && claims.size() < 4) {
                        claims.add(new Claim("c" + articles.size() + "-" + start, sentence, start,
                                start + sentence.length(), false, ClaimType.ASSERTION, null,
                                new Speaker("A spokesman", SpeakerKind.UNNAMED, null, null), List.of(), List.of(), 0.7,
                                unitVector(random)));
                    }
                }
                if (!claims.isEmpty()) {
                    String id = "r" + story.path("newid").asInt();
                    articles.add(new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, id, 1, "https://example.org/" + id,
                            story.path("title").asString(""), body, Instant.parse("1987-03-01T12:00:00Z"), "reuters",
                            "en", null, Instant.parse("1987-03-01T12:01:00Z"), List.of(), List.of(), claims,
                            new ArticleAnalyzed.Analysis("bench", 5, false, null)));
                }
            }
        }
        return articles;
    }

    private static float[] unitVector(Random random) {
        float[] vector = new float[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) (vector[i] / Math.sqrt(norm));
        }
        return vector;
    }

    private static ArticleAnalyzed withoutVectors(ArticleAnalyzed a) {
        return new ArticleAnalyzed(a.schemaVersion(), a.id(), a.version(), a.url(), a.title(), a.body(),
                a.publishedAt(), a.source(), a.language(), a.duplicateOf(), a.receivedAt(), a.entities(), a.topics(),
                a.claims().stream().map(claim -> claim.withEmbedding(null)).toList(), a.analysis());
    }
}
