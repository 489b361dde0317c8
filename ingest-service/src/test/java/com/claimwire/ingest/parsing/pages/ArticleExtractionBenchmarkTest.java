package com.claimwire.ingest.parsing.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.ingest.parsing.ArticleExtractor;
import com.claimwire.ingest.parsing.ExtractedArticle;
import com.claimwire.ingest.parsing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token-level precision, recall and F1 of the extracted body against the hand-made ground truth of the Zyte
 * article-extraction benchmark pages (bag of lower-cased word tokens, averaged over pages).
 */
class ArticleExtractionBenchmarkTest {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A little under the mean F1 reached when this floor was set; raise it as extraction improves. */
    private static final double F1_FLOOR = 0.97;

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void extractsArticleBodiesCloseToTheGroundTruth() throws IOException {
        Path pages = SharedData.directory("data/pages");
        JsonNode truth = JsonMapper.shared().readTree(pages.resolve("ground-truth.json").toFile());
        List<double[]> scores = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : truth.properties()) {
            Path file = pages.resolve("html").resolve(page.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = in.readAllBytes();
            }
            ExtractedArticle article = extractor.extract(html, page.getValue().path("url").asString());
            double[] prf = precisionRecallF1(article.body(), page.getValue().path("articleBody").asString());
            scores.add(prf);
            report.add(String.format(Locale.ROOT, "  F1=%.2f P=%.2f R=%.2f %s", prf[2], prf[0], prf[1], page.getKey()));
        }
        double precision = scores.stream().mapToDouble(s -> s[0]).average().orElse(0);
        double recall = scores.stream().mapToDouble(s -> s[1]).average().orElse(0);
        double f1 = scores.stream().mapToDouble(s -> s[2]).average().orElse(0);
        report.sort(null);
        System.out.println("weakest pages:");
        report.stream().limit(10).forEach(System.out::println);
        System.out.printf(Locale.ROOT, "article extraction over %d pages: mean P=%.3f R=%.3f F1=%.3f%n",
                scores.size(), precision, recall, f1);
        assertThat(scores).hasSizeGreaterThanOrEqualTo(90);
        assertThat(f1).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    static double[] precisionRecallF1(String extracted, String expected) {
        Map<String, Integer> predicted = tokens(extracted);
        Map<String, Integer> gold = tokens(expected);
        int predictedCount = predicted.values().stream().mapToInt(Integer::intValue).sum();
        int goldCount = gold.values().stream().mapToInt(Integer::intValue).sum();
        int overlap = 0;
        for (Map.Entry<String, Integer> token : predicted.entrySet()) {
            overlap += Math.min(token.getValue(), gold.getOrDefault(token.getKey(), 0));
        }
        double precision = predictedCount == 0 ? 0 : (double) overlap / predictedCount;
        double recall = goldCount == 0 ? 0 : (double) overlap / goldCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }
}
