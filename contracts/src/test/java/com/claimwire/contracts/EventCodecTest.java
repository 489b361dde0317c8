package com.claimwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    /** A rule change as schema version 1 wrote it: flat condition fields and the webhook secret itself. */
    static final String VERSION_1_RULE_CHANGE = """
            {"schemaVersion":1,"ruleId":"r1","revision":3,"name":"Iran and drones","query":"drones",
             "speakers":[],"speakerKinds":["PERSON"],"speakerRoles":["foreign minister"],"claimTypes":["DENIAL","ADMISSION"],
             "statuses":["REVERSAL"],"entities":["Iran"],"topics":["weapons"],"sources":["example"],"languages":["en"],
             "webhookUrl":"https://example.org/hook","webhookSecret":"a-webhook-secret-of-some-length",
             "changedAt":"2022-11-05T13:00:00Z"}""";

    @Test
    void anEventSurvivesARoundTrip() {
        ArticleAnalyzed article = SampleEvents.articleAnalyzed();

        ArticleAnalyzed decoded = EventCodec.decode(Topics.ENRICHED_ARTICLES, EventCodec.encode(article));

        assertThat(decoded).usingRecursiveComparison().isEqualTo(article);
    }

    @Test
    void anEmbeddingIsReadBackBitForBit() {
        Random random = new Random(7);
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian() / 20;
        }
        ClaimExtracted claim = SampleEvents.claimExtracted();
        ClaimExtracted embedded = new ClaimExtracted(claim.schemaVersion(), claim.articleId(), claim.articleVersion(),
                claim.articleUrl(), claim.articleTitle(), claim.source(), claim.language(), claim.publishedAt(),
                claim.receivedAt(), claim.duplicateOf(), claim.claim().withEmbedding(vector));

        ClaimExtracted decoded = EventCodec.decode(Topics.CLAIMS, EventCodec.encode(embedded));

        assertThat(decoded.claim().embedding()).containsExactly(vector);
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
    void aSchemaVersionWrittenAsTextOrFractionIsPoison() {
        String json = new String(EventCodec.encode(SampleEvents.claimExtracted()), StandardCharsets.UTF_8);

        for (String version : List.of("\"1\"", "1.0")) {
            byte[] record = json.replace("\"schemaVersion\":1", "\"schemaVersion\":" + version)
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> EventCodec.decode(Topics.CLAIMS, record))
                    .isInstanceOf(InvalidEventException.class).hasMessage("schemaVersion is missing");
        }
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

    @Test
    void aVersionOneRuleChangeIsReadWithItsConditionsNestedAndItsSecretMarkedUnsealed() {
        AlertRuleChanged decoded = EventCodec.decode(Topics.ALERT_RULES, bytes(VERSION_1_RULE_CHANGE));

        assertThat(decoded.schemaVersion()).isEqualTo(1);
        assertThat(decoded.revision()).isEqualTo(3);
        assertThat(decoded.conditions()).isEqualTo(new AlertConditions(List.of(), List.of(SpeakerKind.PERSON),
                List.of("foreign minister"), List.of(ClaimType.DENIAL, ClaimType.ADMISSION),
                List.of(TrackingStatus.REVERSAL), List.of("Iran"), List.of("weapons"), List.of("example"), List.of("en")));
        assertThat(decoded.webhookSecret()).isEqualTo("a-webhook-secret-of-some-length");
        assertThat(decoded.webhookSecretSealed()).isFalse();
    }

    @Test
    void aCurrentRuleChangeSurvivesARoundTripWithItsSecretSealed() {
        AlertRuleChanged changed = SampleEvents.alertRuleChanged();

        AlertRuleChanged decoded = EventCodec.decode(Topics.ALERT_RULES, EventCodec.encode(changed));

        assertThat(decoded).isEqualTo(changed);
        assertThat(decoded.webhookSecretSealed()).isTrue();
        assertThat(new String(EventCodec.encode(changed), StandardCharsets.UTF_8))
                .contains("\"schemaVersion\":2").contains("\"conditions\":{\"speakers\":[]").doesNotContain("\"empty\"");
    }

    @Test
    void aRuleChangeWithoutConditionsHasNone() {
        AlertRuleChanged changed = new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, "r1", 1, "Drones", "drones",
                null, null, null, null);

        assertThat(EventCodec.decode(Topics.ALERT_RULES, EventCodec.encode(changed)).conditions())
                .isEqualTo(AlertConditions.NONE);
    }

    @Test
    void anUnknownOlderVersionOfARuleChangeIsPoison() {
        String json = VERSION_1_RULE_CHANGE.replace("\"schemaVersion\":1", "\"schemaVersion\":0");

        assertThatThrownBy(() -> EventCodec.decode(Topics.ALERT_RULES, bytes(json)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unknown schema version 0");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
