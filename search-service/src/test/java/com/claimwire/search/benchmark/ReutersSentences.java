package com.claimwire.search.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every reported-speech sentence ("... said ...") of the Reuters-21578 stories in the shared data, with its story's
 * headline: the texts the search benchmark indexes as claims and draws its queries from.
 */
final class ReutersSentences {

    /** A claim-like sentence and the headline of the story it comes from. */
    record Sentence(String text, String headline) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"])");
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Sentence> sentences;

    private ReutersSentences(List<Sentence> sentences) {
        this.sentences = sentences;
    }

    /** Reads the shared Reuters file; skips the benchmark when the shared data is absent. */
    static ReutersSentences load() {
        Path file = Path.of(System.getProperty("claimwire.shared.dir", "../../shared"), "data", "news",
                "reuters21578.jsonl");
        Assumptions.assumeTrue(Files.isReadable(file), "shared Reuters data not found at " + file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode story = JSON.readTree(line);
                JsonNode body = story.get("body");
                if (body == null || body.isNull()) {
                    continue;
                }
                JsonNode title = story.get("title");
                String headline = title == null || title.isNull() ? "" : title.asString();
                for (String sentence : SENTENCE_END.split(body.asString().replaceAll("\\s+", " ").trim())) {
                    if (sentence.contains(" said") && sentence.length() >= 40 && sentence.length() <= 400) {
                        sentences.add(new Sentence(sentence, headline));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Assumptions.assumeTrue(!sentences.isEmpty(), "no reported speech in " + file);
        return new ReutersSentences(List.copyOf(sentences));
    }

    int size() {
        return sentences.size();
    }

    /** The {@code n}-th sentence, wrapping round: later rounds are the same wire copy republished by other outlets. */
    Sentence get(int n) {
        return sentences.get(Math.floorMod(n, sentences.size()));
    }

    /** A sentence picked by {@code random}, as a user pastes a claim to find others like it. */
    String anySentence(Random random) {
        return sentences.get(random.nextInt(sentences.size())).text();
    }

    /**
     * {@code count} distinct words of four letters or more (other than "said") from one sentence picked by
     * {@code random}, joined by {@code +}: what someone searching for that claim types.
     */
    String wordsOfOneSentence(Random random, int count) {
        while (true) {
            List<String> words = WORD.matcher(anySentence(random).toLowerCase(Locale.ROOT)).results()
                    .map(MatchResult::group).filter(word -> !word.equals("said")).distinct()
                    .collect(Collectors.toCollection(ArrayList::new));
            if (words.size() >= count) {
                Collections.shuffle(words, random);
                return String.join("+", words.subList(0, count));
            }
        }
    }
}
