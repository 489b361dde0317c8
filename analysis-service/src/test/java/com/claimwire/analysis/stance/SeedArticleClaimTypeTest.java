package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Decision;
import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Type accuracy on the seed article's annotated claims, from the gold spans (no cue given: the classifier
 * finds the governing verb in the sentence itself).
 */
class SeedArticleClaimTypeTest {

    /** A little under what the classifier reaches, so a regression fails the build. */
    private static final int FLOOR = 15;

    @Test
    void classifiesTheSeedArticleClaimsWithAcceptedTypes() {
        JsonNode article = JsonMapper.builder().build().readTree(GoldInputs.sharedFile("eval/dev/seed-article.json"));
        String text = article.get("text").asString();
        ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();
        int accepted = 0;
        List<String> report = new ArrayList<>();
        for (JsonNode claim : article.get("claims")) {
            Input input = GoldInputs.input(text, claim.get("start").asInt(), claim.get("end").asInt(), "",
                    claim.get("speaker").get(0).asString());
            Decision decision = classifier.classify(input);
            List<String> types = claim.get("types").valueStream().map(JsonNode::asString).toList();
            boolean ok = types.contains(decision.type().name());
            accepted += ok ? 1 : 0;
            report.add("%s %-10s %.2f %s | %s".formatted(ok ? "ok  " : "MISS", decision.type(), decision.confidence(),
                    types, input.content()));
        }
        System.out.println("Seed article claim types: " + accepted + "/" + article.get("claims").size() + " accepted");
        report.forEach(System.out::println);
        assertThat(accepted).isGreaterThanOrEqualTo(FLOOR);
    }
}
