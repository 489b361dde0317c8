package com.claimwire.analysis.bench;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.EventCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The Reuters-21578 news collection from the shared data directory, as raw articles. */
final class ReutersArticles {

    private ReutersArticles() {
    }

    /** Where the collection is, when the shared directory is there ({@code claimwire.shared.dir}). */
    static Optional<Path> locate() {
        String shared = System.getProperty("claimwire.shared.dir");
        if (shared == null || shared.isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(shared, "data", "news", "reuters21578.jsonl");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The first {@code limit} articles with a body, in file order. */
    static List<ArticleReceived> load(Path file, int limit) {
        List<ArticleReceived> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null && articles.size() < limit; line = reader.readLine()) {
                JsonNode story = EventCodec.mapper().readTree(line);
                String body = text(story, "body");
                if (!body.isBlank()) {
                    articles.add(toArticle(story, body));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private static ArticleReceived toArticle(JsonNode story, String body) {
        String url = "https://reuters21578.claimwire.example/" + text(story, "newid");
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, ClaimIds.articleId(url), 1, url, url,
                text(story, "title"), body, null, "reuters21578", "en", List.of(), null, ClaimIds.shortHash(body),
                Instant.now());
    }

    private static String text(JsonNode story, String field) {
        JsonNode value = story.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
