package com.claimwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void anEventSurvivesARoundTrip() {
        ArticleAnalyzed article = SampleEvents.articleAnalyzed();

        ArticleAnalyzed decoded = EventCodec.decode(Topics.ENRICHED_ARTICLES, EventCodec.encode(article));

        assertThat(decoded).usingRecursiveComparison().isEqualTo(article);
    }

    @Test
    void timestampsAreWrittenAsIsoStrings() {
        String json = new String(EventCodec.encode(SampleEvents.articleReceived()), StandardCharsets.UTF_8);

        assertThat(json).contains("\"receivedAt\":\"2022-11-05T14:01:00Z\"");
    }

    @Test
    void absentOptionalFieldsAreLeftOut() {
        String json = new String(EventCodec.encode(SampleEvents.articleReceived()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("duplicateOf");
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddFields() {
        String json = new String(EventCodec.encode(SampleEvents.articleReceived()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":true,");

        assertThat(EventCodec.decode(Topics.RAW_ARTICLES, bytes(json)).id()).isEqualTo("a1");
    }

    @Test
    void bytesThatAreNotJsonArePoison() {
        assertThatThrownBy(() -> EventCodec.decode(Topics.RAW_ARTICLES, bytes("{not json")))
                .isInstanceOf(InvalidEventException.class).hasMessageStartingWith("not JSON");
    }

    @Test
    void anEmptyValueIsPoison() {
        assertThatThrownBy(() -> EventCodec.decode(Topics.RAW_ARTICLES, new byte[0]))
                .isInstanceOf(InvalidEventException.class).hasMessage("empty record value");
    }

    @Test
    void aJsonArrayIsPoison() {
        assertThatThrownBy(() -> EventCodec.decode(Topics.RAW_ARTICLES, bytes("[1,2]")))
                .isInstanceOf(InvalidEventException.class).hasMessage("not a JSON object");
    }

    @Test
    void aMissingSchemaVersionIsPoison() {
        assertThatThrownBy(() -> EventCodec.decode(Topics.RAW_ARTICLES, bytes("{\"id\":\"a\"}")))
                .isInstanceOf(InvalidEventException.class).hasMessage("schemaVersion is missing");
    }

    @Test
    void anUnknownSchemaVersionIsPoison() {
        String json = new String(EventCodec.encode(SampleEvents.articleReceived()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":99");

        assertThatThrownBy(() -> EventCodec.decode(Topics.RAW_ARTICLES, bytes(json)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unknown schema version 99");
    }

    @Test
    void aFieldOfTheWrongTypeIsPoison() {
        String json = "{\"schemaVersion\":1,\"id\":\"a\",\"version\":\"first\",\"url\":\"u\",\"body\":\"b\","
                + "\"receivedAt\":\"2022-11-05T14:01:00Z\"}";

        assertThatThrownBy(() -> EventCodec.decode(Topics.RAW_ARTICLES, bytes(json)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("not a valid ArticleReceived");
    }

    @Test
    void everyViolationIsNamedInTheReason() {
        String json = "{\"schemaVersion\":1,\"version\":0}";

        assertThatThrownBy(() -> EventCodec.decode(Topics.RAW_ARTICLES, bytes(json)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("id is missing")
                .hasMessageContaining("version must be at least 1")
                .hasMessageContaining("url is missing")
                .hasMessageContaining("body is missing")
                .hasMessageContaining("receivedAt is missing");
    }

    @Test
    void aClaimEndingPastTheBodyIsPoison() {
        ArticleAnalyzed article = SampleEvents.articleAnalyzed();
        String json = new String(EventCodec.encode(article), StandardCharsets.UTF_8)
                .replace("\"end\":" + article.claims().get(0).end(), "\"end\":100000");

        assertThatThrownBy(() -> EventCodec.decode(Topics.ENRICHED_ARTICLES, bytes(json)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("ends past the body");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
