package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reported-speech sentences from the Reuters-21578 stories in the shared data, one per story, as claims. */
final class ReutersClaims {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"])");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReutersClaims() {
    }

    /** The first {@code count} stories' first "... said ..." sentence; skips the test when the shared data is absent. */
    static List<ClaimExtracted> first(int count) {
        Path file = Path.of(System.getProperty("claimwire.shared.dir", "../../shared"), "data", "news",
                "reuters21578.jsonl");
        Assumptions.assumeTrue(Files.isReadable(file), "shared Reuters data not found at " + file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        List<ClaimExtracted> claims = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while (claims.size() < count && (line = reader.readLine()) != null) {
                reportedSpeech(JSON.readTree(line)).ifPresent(claims::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return claims;
    }

    private static Optional<ClaimExtracted> reportedSpeech(JsonNode story) {
        JsonNode body = story.get("body");
        JsonNode date = story.get("date");
        if (body == null || body.isNull() || date == null || date.isNull()) {
            return Optional.empty();
        }
        String text = body.asString().replaceAll("\\s+", " ").trim();
        for (String sentence : SENTENCE_END.split(text)) {
            if (sentence.contains(" said") && sentence.length() >= 60 && sentence.length() <= 260) {
                var article = new SeedStory.Article("https://reuters.example/" + story.get("newid").asInt(),
                        story.get("title").asString(), text,
                        LocalDateTime.parse(date.asString()).toInstant(ZoneOffset.UTC), "reuters");
                return Optional.of(SeedStory.claim(article, sentence, ClaimType.ASSERTION, "Reuters source",
                        SpeakerKind.UNNAMED, null));
            }
        }
        return Optional.empty();
    }
}
