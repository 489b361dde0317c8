package com.claimwire.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Articles for the scenarios: the demo fixtures, and unique articles that no other test shares. */
final class TestArticles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Random RANDOM = new Random();

    private TestArticles() {
    }

    /**
     * The mission's seed article as {@code ./claimwire demo} pushes it: the last line of
     * {@code demo/articles.jsonl}.
     */
    static String seedArticle(Path repoDir) {
        Path articles = repoDir.resolve("demo").resolve("articles.jsonl");
        try {
            List<String> lines = Files.readAllLines(articles).stream().filter(line -> !line.isBlank()).toList();
            return lines.get(lines.size() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo articles at " + articles, e);
        }
    }

    /** A word no other article contains, to find exactly this article by search. */
    static String uniqueToken() {
        return "zq" + randomWord(10);
    }

    /**
     * An article containing {@code token}, with a direct quote attributed to a named speaker, and a body of random
     * words so that no two such articles look like near-duplicates of each other.
     */
    static String quotedArticle(String token) {
        return quotedArticle(token, "system-tests", 40);
    }

    /** {@link #quotedArticle(String)} from outlet {@code source}, with {@code fillerWords} random words of filler. */
    static String quotedArticle(String token, String source, int fillerWords) {
        ObjectNode article = JSON.createObjectNode();
        article.put("url", "https://system-tests.claimwire.example/articles/" + token);
        article.put("title", "Harbour authority closes terminal " + token);
        article.put("body", "\"The " + token + " terminal will close on Monday for repairs,\" harbour master "
                + "Anna Berg said on Friday.\n\n" + randomWords(fillerWords) + ".\n\n"
                + "Berg added that ferries would be diverted to the southern pier.");
        article.put("source", source);
        article.put("language", "en");
        return article.toString();
    }

    /**
     * {@link #quotedArticle(String, String, int)} whose reported claim is a proposition of random words, so that it
     * starts a claim cluster of its own instead of repeating the harbour master's.
     */
    static String articleWithADistinctClaim(String token, String source, int fillerWords) {
        ObjectNode article = (ObjectNode) JSON.readTree(quotedArticle(token, source, fillerWords));
        String body = article.path("body").asString();
        article.put("body", body.substring(0, body.lastIndexOf("\n\n")) + "\n\nBerg added that the " + token + " "
                + randomWord(7) + " would be moved to the " + randomWord(6) + " " + randomWord(8) + " pier.");
        return article.toString();
    }

    private static String randomWords(int count) {
        String sentence = IntStream.range(0, count).mapToObj(i -> randomWord(4 + RANDOM.nextInt(5)))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String randomWord(int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }
}
