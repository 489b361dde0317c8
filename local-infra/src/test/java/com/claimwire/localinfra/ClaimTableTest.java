package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClaimTableTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void showsArticleClaimSpeakerTypeAndTrackingStatus() {
        JsonNode hit = json.readTree("""
                {"id":"c1","articleId":"a1","articleTitle":"Iran admits sending drones to Russia",
                 "text":"We supplied a small number of drones to Russia months before the Ukraine war",
                 "type":"ADMISSION","speaker":{"name":"Hossein Amir-Abdollahian"},
                 "tracking":{"status":"REVERSAL"}}""");

        String table = ClaimTable.render(List.of(hit));

        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines().toList().get(2))
                .contains("Iran admits sending drones to")
                .contains("We supplied a small number of drones")
                .contains("…")
                .contains("Hossein Amir-Abdollahian")
                .contains("ADMISSION")
                .endsWith("REVERSAL");
    }

    @Test
    void fallsBackToTheArticleIdAndLeavesAMissingTrackingStatusEmpty() {
        JsonNode hit = json.readTree("""
                {"articleId":"a1","text":"short","type":"DENIAL","speaker":{"name":"Kuleba"}}""");

        String row = ClaimTable.render(List.of(hit)).lines().toList().get(2);

        assertThat(row).startsWith("a1 ").contains("DENIAL").doesNotContain("null");
    }

    @Test
    void shortensOnOneLineToTheWidth() {
        assertThat(ClaimTable.shorten("a\n  b   c", 10)).isEqualTo("a b c");
        assertThat(ClaimTable.shorten("abcdefghijk", 5)).isEqualTo("abcd…").hasSize(5);
        assertThat(ClaimTable.shorten(null, 5)).isEmpty();
    }
}
