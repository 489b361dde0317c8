package com.claimwire.ingest.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.EventCodec;
import org.junit.jupiter.api.Test;

class ImportRecordMapperTest {

    private final ImportRecordMapper mapper = new ImportRecordMapper(EventCodec.mapper());

    @Test
    void mapsAReutersLineToThePushFormat() {
        var line = EventCodec.mapper().readTree("""
                {"newid": 1, "oldid": 5544, "date": "1987-02-26T15:01:01", "title": "BAHIA COCOA REVIEW",
                 "dateline": "SALVADOR, Feb 26 -", "author": null, "body": "Showers continued throughout the week.",
                 "topics": ["cocoa"], "places": ["el-salvador", "usa"], "people": []}""");

        var article = mapper.toArticle(line);

        assertThat(article.path("id").asString()).isEqualTo("reuters21578-1");
        assertThat(article.path("url").asString()).isEqualTo("https://reuters21578.invalid/newid/1");
        assertThat(article.path("title").asString()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(article.path("body").asString()).isEqualTo("SALVADOR, Feb 26 - Showers continued throughout the week.");
        assertThat(article.path("publishedAt").asString()).isEqualTo("1987-02-26T15:01:01Z");
        assertThat(article.path("source").asString()).isEqualTo("Reuters");
        assertThat(article.path("language").asString()).isEqualTo("en");
        assertThat(article.path("tags").toString()).isEqualTo("[\"cocoa\",\"el-salvador\",\"usa\"]");
    }

    @Test
    void aReutersLineWithoutBodyLeavesItOutForTheApiToReject() {
        var article = mapper.toArticle(EventCodec.mapper().readTree("{\"newid\": 7, \"title\": \"BRIEF\", \"body\": null}"));

        assertThat(article.has("body")).isFalse();
    }

    @Test
    void pushFormatLinesPassThroughWithTextAsBody() {
        var article = mapper.toArticle(EventCodec.mapper().readTree(
                "{\"url\": \"https://e.com/a\", \"title\": \"T\", \"text\": \"Body\", \"extra\": 1, \"language\": \"en\"}"));

        assertThat(article.toString()).isEqualTo("{\"url\":\"https://e.com/a\",\"title\":\"T\",\"language\":\"en\",\"body\":\"Body\"}");
    }
}
