package com.claimwire.analysis.eval;

import com.claimwire.contracts.EventCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads the unified gold files of {@code ${claimwire.shared.dir}/eval/dev}. */
final class GoldSets {

    private GoldSets() {
    }

    /** The gold file, when the shared directory is there. */
    static Optional<Path> file(String name) {
        String shared = System.getProperty("claimwire.shared.dir");
        if (shared == null) {
            return Optional.empty();
        }
        Path path = Path.of(shared, "eval", "dev", name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    static List<ClaimScorer.GoldArticle> read(Path path) throws IOException {
        List<ClaimScorer.GoldArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = EventCodec.mapper().readTree(line);
            List<ClaimScorer.GoldClaim> claims = new ArrayList<>();
            for (JsonNode claim : node.path("claims")) {
                claims.add(new ClaimScorer.GoldClaim(positions(claim.path("span")), positions(claim.path("speakerSpan")),
                        strings(claim.path("speakerNames")), claim.path("cue").isString() ? claim.path("cue").asString() : null,
                        strings(claim.path("types"))));
            }
            articles.add(new ClaimScorer.GoldArticle(node.path("id").asString(), node.path("title").asString(""),
                    node.path("text").asString(), claims));
        }
        return articles;
    }

    private static BitSet positions(JsonNode spans) {
        BitSet positions = new BitSet();
        for (JsonNode span : spans) {
            int start = span.get(0).asInt();
            int end = span.get(1).asInt();
            if (end > start) {
                positions.set(start, end);
            }
        }
        return positions;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asString());
        }
        return values;
    }
}
