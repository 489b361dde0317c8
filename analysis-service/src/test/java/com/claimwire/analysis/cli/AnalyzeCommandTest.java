package com.claimwire.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.EventCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnalyzeCommandTest {

    private static List<JsonNode> run(String input, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = AnalyzeCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(exit).isZero();
        return bytes.toString(StandardCharsets.UTF_8).lines().map(line -> EventCodec.mapper().readTree(line)).toList();
    }

    @Test
    void writesOneEnrichedArticlePerLineInOrder() {
        String input = """
                {"id":"a1","title":"Talks","body":"\\"We will not be indifferent,\\" the minister said.","url":"https://example.org/a1","publishedAt":"2022-11-05T10:00:00Z"}
                {"id":"a2","title":"Plain","body":"Nothing is claimed here.","url":"https://example.org/a2","publishedAt":"2022-11-05"}
                """;

        List<JsonNode> out = run(input, "--no-embeddings");

        assertThat(out).extracting(node -> node.get("id").asString()).containsExactly("a1", "a2");
        JsonNode claim = out.get(0).get("claims").get(0);
        assertThat(claim.get("text").asString()).isEqualTo("\"We will not be indifferent,\"");
        assertThat(claim.get("start").asInt()).isEqualTo(0);
        assertThat(claim.get("cue").get("text").asString()).isEqualTo("said");
        assertThat(claim.get("speaker").get("mention").get("text").asString()).isEqualTo("the minister");
        assertThat(claim.get("type").asString()).isEqualTo("COMMITMENT");
        assertThat(claim.has("embedding")).isFalse();
        assertThat(out.get(1).get("claims")).isEmpty();
        assertThat(out.get(1).get("publishedAt").asString()).isEqualTo("2022-11-05T00:00:00Z");
    }

    @Test
    void malformedLineGivesAnErrorAndTheRestCarryOn() {
        String input = """
                {"id":"ok-1","body":"Officials said the bridge will reopen in May."}
                {this is not json
                {"id":"no-body"}
                ["an array"]
                {"id":"ok-2","body":"According to the mayor, the bridge will reopen in May."}
                """;

        List<JsonNode> out = run(input, "--no-embeddings");

        assertThat(out).hasSize(5);
        assertThat(out.get(0).get("claims")).hasSize(1);
        assertThat(out.get(1).get("error").asString()).startsWith("not JSON");
        assertThat(out.get(2).get("id").asString()).isEqualTo("no-body");
        assertThat(out.get(2).get("error").asString()).contains("body");
        assertThat(out.get(3).get("error").asString()).contains("not a JSON object");
        assertThat(out.get(4).get("claims").get(0).get("speaker").get("mention").get("text").asString()).isEqualTo("the mayor");
    }

    @Test
    void claimsCarryASentenceEmbeddingUnlessSkipped() {
        List<JsonNode> out = run("{\"id\":\"e1\",\"body\":\"\\\"Prices will fall next year,\\\" the governor said.\"}\n");

        JsonNode embedding = out.get(0).get("claims").get(0).get("embedding");
        assertThat(embedding.size()).isEqualTo(384);
    }

    @Test
    void quotationGranularityJoinsASpeakersQuotedSentencesIntoOneClaim() {
        String input = "{\"id\":\"q1\",\"body\":\"\\\"The bridge is safe. Traffic will return in May,\\\" the mayor said.\"}\n";

        List<JsonNode> perSentence = run(input, "--no-embeddings");
        List<JsonNode> perQuotation = run(input, "--no-embeddings", "--granularity", "quotation");

        assertThat(perSentence.get(0).get("claims")).hasSize(2);
        assertThat(perQuotation.get(0).get("claims")).hasSize(1);
        assertThat(perQuotation.get(0).get("claims").get(0).get("text").asString())
                .contains("The bridge is safe").contains("Traffic will return in May");
    }

    @Test
    void unknownOptionIsRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = AnalyzeCommand.run(new String[] {"--fast"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
