package com.claimwire.analysis.topics;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Agreement with the Reuters-21578 editors' topic codes, mapped onto the taxonomy where they coincide
 * (earnings, acquisitions, money and rates → economy; crude and gas → energy; grains and softs →
 * agriculture-food; trade → trade). Measured on the stories that carry at least one mapped code; prints
 * precision, recall and F1 per topic and keeps each F1 above a floor a little under what the tagger reaches.
 */
class ReutersTopicAgreementTest {

    private static final Map<String, String> REUTERS_TO_TAXONOMY = mapping();
    /** Most stories carry no topic code; skipping their lines unparsed keeps the test fast. */
    private static final String UNTOPICAL = "\"topics\": []";
    private static final int TRUE_POSITIVES = 0;
    private static final int FALSE_POSITIVES = 1;
    private static final int FALSE_NEGATIVES = 2;
    private static final Map<String, Double> F1_FLOOR = Map.of(
            "economy", 0.79, "energy", 0.70, "agriculture-food", 0.88, "trade", 0.60);

    @Test
    void agreesWithReutersEditorsOnSharedTopics() throws IOException {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null, "claimwire.shared.dir is not set");
        Path file = Path.of(shared, "data", "news", "reuters21578.jsonl");
        assumeTrue(Files.isRegularFile(file), file + " is absent");
        JsonMapper json = JsonMapper.builder().build();
        TaxonomyTopicTagger tagger = TaxonomyTopicTagger.withDefaults();
        Map<String, int[]> outcomes = new TreeMap<>();
        int stories = 0;
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(UNTOPICAL)) {
                    continue;
                }
                JsonNode story = json.readTree(line);
                Set<String> gold = new HashSet<>();
                story.path("topics").valueStream().map(t -> REUTERS_TO_TAXONOMY.get(t.asString())).filter(c -> c != null)
                        .forEach(gold::add);
                String body = story.path("body").asString("");
                if (gold.isEmpty() || body.isBlank()) {
                    continue;
                }
                stories++;
                List<String> tags = tagger.tag(story.path("title").asString("") + "\n" + body);
                for (String code : F1_FLOOR.keySet()) {
                    int[] counts = outcomes.computeIfAbsent(code, c -> new int[3]);
                    boolean expected = gold.contains(code);
                    boolean tagged = tags.contains(code);
                    if (expected && tagged) {
                        counts[TRUE_POSITIVES]++;
                    } else if (tagged) {
                        counts[FALSE_POSITIVES]++;
                    } else if (expected) {
                        counts[FALSE_NEGATIVES]++;
                    }
                }
            }
        }
        System.out.println("Topic agreement with Reuters-21578 editors on " + stories + " stories:");
        outcomes.forEach((code, c) -> {
            double precision = c[TRUE_POSITIVES] / (double) Math.max(1, c[TRUE_POSITIVES] + c[FALSE_POSITIVES]);
            double recall = c[TRUE_POSITIVES] / (double) Math.max(1, c[TRUE_POSITIVES] + c[FALSE_NEGATIVES]);
            double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
            System.out.printf("  %-17s P %.3f  R %.3f  F1 %.3f%n", code, precision, recall, f1);
            assertThat(f1).as(code).isGreaterThanOrEqualTo(F1_FLOOR.get(code));
        });
    }

    private static Map<String, String> mapping() {
        Map<String, String> mapping = new TreeMap<>();
        for (String code : "earn acq money-fx interest dlr gnp money-supply cpi bop reserves jobs ipi yen".split(" ")) {
            mapping.put(code, "economy");
        }
        for (String code : "crude nat-gas gas fuel heat propane jet naphtha".split(" ")) {
            mapping.put(code, "energy");
        }
        for (String code : ("grain wheat corn oilseed sugar coffee veg-oil soybean livestock carcass cocoa rice cotton "
                + "meal-feed barley palm-oil sorghum oat orange tea hog cattle").split(" ")) {
            mapping.put(code, "agriculture-food");
        }
        mapping.put("trade", "trade");
        return Map.copyOf(mapping);
    }
}
