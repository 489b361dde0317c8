package com.claimwire.analysis.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Raw articles for tests: the demo's seed article, and small ones built on the spot. */
final class Articles {

    private Articles() {
    }

    /** A valid raw article with this id and body. */
    static ArticleReceived article(String id, String body) {
        String url = "https://news.claimwire.example/" + id;
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, id, 1, url, url, "Test article " + id, body,
                Instant.parse("2022-11-05T09:00:00Z"), "test", "en", List.of(), null, ClaimIds.shortHash(body),
                Instant.now());
    }

    /** The mission's seed article (the demo's second article), as ingest would publish it. */
    static ArticleReceived seedArticle() {
        String repoDir = System.getProperty("claimwire.repo.dir");
        assumeTrue(repoDir != null, "claimwire.repo.dir is not set");
        Path demo = Path.of(repoDir, "demo", "articles.jsonl");
        assumeTrue(Files.isRegularFile(demo), demo + " is missing");
        try {
            List<String> lines = Files.readAllLines(demo).stream().filter(line -> !line.isBlank()).toList();
            JsonNode request = EventCodec.mapper().readTree(lines.get(lines.size() - 1));
            String url = request.get("url").asString();
            return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, ClaimIds.articleId(url), 1, url, url,
                    request.get("title").asString(), request.get("body").asString(),
                    request.hasNonNull("publishedAt") ? Instant.parse(request.get("publishedAt").asString()) : null,
                    "demo", "en", List.of(), null, ClaimIds.shortHash(request.get("body").asString()), Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
