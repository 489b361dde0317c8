package com.claimwire.ingest.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.EventCodec;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

class ArticleSubmissionReaderTest {

    private final ArticleSubmissionReader reader = new ArticleSubmissionReader(
            new ArticleLimits(DataSize.ofMegabytes(1), 100, 50, 200));

    private static JsonNode json(String text) {
        return EventCodec.mapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void readsOneValidArticleWithOptionalFields() {
        var result = reader.readRequest(json("{'url':'https://example.com/a','title':' Drones ','body':'Text.',"
                + "'id':'wire-1','publishedAt':'2022-11-05T09:30:00+03:00','source':'IRNA','language':'en-GB',"
                + "'tags':['iran']}"));

        assertThat(result.isValid()).isTrue();
        ArticleSubmission article = result.articles().get(0);
        assertThat(article.title()).isEqualTo("Drones");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2022-11-05T06:30:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.tags()).containsExactly("iran");
    }

    @Test
    void namesEveryBadFieldOfASingleArticle() {
        var result = reader.readRequest(json("{'url':'ftp://example.com/a','title':'   ','publishedAt':'yesterday',"
                + "'language':'english','id':'has space','source':7}"));

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("url", "title", "body", "publishedAt", "language", "id", "source");
        assertThat(result.errors()).filteredOn(error -> error.field().equals("body"))
                .extracting(FieldError::message).containsExactly("is required");
    }

    @Test
    void namesBadFieldsOfABatchByIndex() {
        var result = reader.readRequest(json("[{'url':'https://example.com/a','title':'T','body':'B'},"
                + "{'url':'https://example.com/b','body':'B'}, 'not an object']"));

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(FieldError::field).containsExactly("[1].title", "[2]");
        assertThat(result.articles()).isEmpty();
    }

    @Test
    void enforcesLengthLimits() {
        var result = reader.readRequest(json("{'url':'https://example.com/a','title':'" + "t".repeat(51) + "','body':'"
                + "b".repeat(201) + "'}"));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("title", "body");
        assertThat(result.errors().get(0).message()).contains("at most 50");
    }

    @Test
    void refusesAnEmptyBatchAndNonObjects() {
        assertThat(reader.readRequest(json("[]")).errors()).extracting(FieldError::message)
                .containsExactly("batch must contain at least one article");
        assertThat(reader.readRequest(json("42")).isValid()).isFalse();
    }

    @Test
    void aDateWithoutOffsetIsRefusedRatherThanGuessed() {
        var result = reader.readRequest(json("{'url':'https://example.com/a','title':'T','body':'B',"
                + "'publishedAt':'2022-11-05T09:30:00'}"));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("publishedAt");
    }
}
