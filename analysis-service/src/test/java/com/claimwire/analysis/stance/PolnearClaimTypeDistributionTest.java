package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PolNeAR annotates attributions but not their types, so this checks that the types the classifier gives
 * its dev attributions are distributed plausibly for political news: mostly assertions, every other type
 * present, none dominating.
 */
class PolnearClaimTypeDistributionTest {

    private static final int ARTICLES = 40;

    @Test
    void typesOfPolnearAttributionsAreDistributedPlausibly() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();
        Map<ClaimType, Integer> counts = new EnumMap<>(ClaimType.class);
        Map<ClaimType, String> examples = new EnumMap<>(ClaimType.class);
        List<String> lines = Files.readAllLines(GoldInputs.sharedFile("eval/dev/polnear-dev.jsonl")).subList(0, ARTICLES);
        int total = 0;
        for (String line : lines) {
            JsonNode article = json.readTree(line);
            String text = article.get("text").asString();
            for (JsonNode claim : article.get("claims")) {
                int start = claim.get("span").valueStream().mapToInt(span -> span.get(0).asInt()).min().orElseThrow();
                int end = claim.get("span").valueStream().mapToInt(span -> span.get(1).asInt()).max().orElseThrow();
                Input input = GoldInputs.input(text, start, end, claim.path("cue").asString(""),
                        claim.path("speaker").asString(""));
                ClaimType type = classifier.classify(input).type();
                counts.merge(type, 1, Integer::sum);
                examples.putIfAbsent(type, claim.path("cue").asString("") + " | " + input.content());
                total++;
            }
        }
        System.out.println("Claim types of " + total + " PolNeAR dev attributions (" + ARTICLES + " articles):");
        for (ClaimType type : ClaimType.values()) {
            int count = counts.getOrDefault(type, 0);
            System.out.printf("  %-10s %5d  %5.1f%%  e.g. %s%n", type, count, 100.0 * count / total, examples.get(type));
        }
        assertThat(counts.getOrDefault(ClaimType.ASSERTION, 0)).isBetween(total / 2, total * 95 / 100);
        for (ClaimType type : List.of(ClaimType.DENIAL, ClaimType.ALLEGATION, ClaimType.ADMISSION, ClaimType.COMMITMENT)) {
            assertThat(counts.getOrDefault(type, 0)).as(type.name()).isPositive().isLessThan(total / 4);
        }
    }
}
