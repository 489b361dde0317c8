package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReutersArticlesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    @Test
    void mapsReutersLinesToThePushFormatOfTheRun(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reuters.jsonl");
        Files.writeString(file, """
                {"newid": 1, "date": "1987-02-26T15:01:01", "title": "BAHIA COCOA REVIEW", "dateline": "SALVADOR, Feb 26 -", "body": "Showers continued.", "topics": ["cocoa"], "places": ["el-salvador", "usa"]}
                {"newid": 2, "title": "TITLE ONLY", "body": null}
                {"newid": 3, "title": null, "dateline": null, "body": "  The minister said so.  ", "topics": [], "places": []}
                """);
        ReutersArticles articles = ReutersArticles.load(JSON, file);
        RunTag run = new RunTag("r1");

        assertThat(articles.size()).as("the title-only line is skipped").isEqualTo(2);
        ObjectNode first = articles.article(run, 0, NOW);
        assertThat(first.get("id").asString()).isEqualTo("bench-r1-0-1");
        assertThat(first.get("url").asString()).isEqualTo("https://reuters21578.invalid/bench/r1/0/newid/1");
        assertThat(first.get("title").asString()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(first.get("body").asString()).isEqualTo("SALVADOR, Feb 26 - Showers continued.");
        assertThat(first.get("publishedAt").asString()).isEqualTo("2026-11-28T15:00:00Z");
        assertThat(first.get("source").asString()).isEqualTo("reuters-bench-r1");
        assertThat(first.get("language").asString()).isEqualTo("en");
        assertThat(first.get("tags").toString()).isEqualTo("[\"cocoa\",\"el-salvador\",\"usa\"]");
        ObjectNode second = articles.article(run, 1, NOW);
        assertThat(second.has("title")).isFalse();
        assertThat(second.has("tags")).isFalse();
        assertThat(second.get("body").asString()).isEqualTo("The minister said so.");
    }

    @Test
    void laterPassesOverTheCollectionGetUrlsOfTheirOwn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reuters.jsonl");
        Files.writeString(file, "{\"newid\": 7, \"body\": \"Text.\"}\n");
        ReutersArticles articles = ReutersArticles.load(JSON, file);
        RunTag run = new RunTag("r2");

        assertThat(articles.article(run, 0, NOW).get("url").asString()).endsWith("/r2/0/newid/7");
        assertThat(articles.article(run, 1, NOW).get("url").asString()).endsWith("/r2/1/newid/7");
        assertThat(articles.article(run, 1, NOW).get("id").asString()).isEqualTo("bench-r2-1-7");
    }

    @Test
    void everyRunHasItsOwnTag() {
        RunTag one = RunTag.startingAt(NOW);
        RunTag other = RunTag.startingAt(NOW);

        assertThat(one.id()).startsWith("20261128t150000-").matches("[a-z0-9-]+");
        assertThat(one.source()).isEqualTo("reuters-bench-" + one.id());
        assertThat(one).isNotEqualTo(other);
    }
}
