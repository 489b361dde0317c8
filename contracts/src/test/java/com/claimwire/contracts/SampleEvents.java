package com.claimwire.contracts;

import java.time.Instant;
import java.util.List;

/** Small builders of valid events for contract tests. */
final class SampleEvents {

    static final String BODY = "\"We provided Russia with a small number of drones,\" the minister said.";

    private SampleEvents() {
    }

    static ArticleReceived articleReceived() {
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, "a1", 1, "https://example.org/a?utm_source=x",
                "https://example.org/a", "Minister on drones", BODY, Instant.parse("2022-11-05T14:00:00Z"),
                "example", "en", List.of("world"), null, "hash", Instant.parse("2022-11-05T14:01:00Z"));
    }

    static Claim claim() {
        String text = "We provided Russia with a small number of drones";
        int start = BODY.indexOf(text);
        float[] embedding = new float[384];
        embedding[0] = 1f;
        return new Claim(ClaimIds.claimId("a1", start, start + text.length()), text, start, start + text.length(), true,
                ClaimType.ADMISSION, TextSpan.of(BODY, BODY.indexOf("said"), BODY.indexOf("said") + 4),
                new Speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON, "Foreign Minister",
                        TextSpan.of(BODY, BODY.indexOf("the minister"), BODY.indexOf("the minister") + 12)),
                List.of("Russia"), List.of("weapons"), 0.9, embedding);
    }

    static ArticleAnalyzed articleAnalyzed() {
        ArticleReceived raw = articleReceived();
        return new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, raw.id(), raw.version(), raw.url(), raw.title(),
                raw.body(), raw.publishedAt(), raw.source(), raw.language(), null, raw.receivedAt(),
                List.of(new Entity("Russia", EntityKind.COUNTRY, 1)), List.of("weapons"), List.of(claim()),
                new ArticleAnalyzed.Analysis("test", 3, false, null));
    }

    static ClaimExtracted claimExtracted() {
        return ClaimExtracted.of(articleAnalyzed()).get(0);
    }

    static FeedRegistered feedRegistered() {
        return new FeedRegistered(FeedRegistered.SCHEMA_VERSION, "f1", "https://example.org/feed.xml", 900,
                List.of("world"), Instant.parse("2022-11-05T14:00:00Z"));
    }

    static ClaimTracked claimTracked() {
        ClaimExtracted extracted = claimExtracted();
        return new ClaimTracked(ClaimTracked.SCHEMA_VERSION, extracted, TrackingStatus.REVERSAL, "c0",
                Instant.parse("2022-11-04T10:00:00Z"), "example", 2, 1, List.of("c0"));
    }

    static AlertRuleChanged alertRuleChanged() {
        return new AlertRuleChanged(AlertRuleChanged.SCHEMA_VERSION, "r1", 1, "Reversals by foreign ministers", "drones",
                alertConditions(), "https://example.org/hook", "A256GCM.c2VhbGVkLXNlY3JldA", Instant.parse("2022-11-05T13:00:00Z"));
    }

    static AlertConditions alertConditions() {
        return new AlertConditions(List.of(), List.of(SpeakerKind.PERSON), List.of("foreign minister"),
                List.of(ClaimType.ADMISSION), List.of(TrackingStatus.REVERSAL), List.of("Russia"), List.of("weapons"),
                List.of("example"), List.of("en"));
    }

    static AlertRaised alertRaised() {
        return new AlertRaised(AlertRaised.SCHEMA_VERSION, "alert-1", "r1", "Reversals by foreign ministers",
                Instant.parse("2022-11-05T00:00:00Z"), Instant.parse("2022-11-05T14:02:00Z"), claimTracked());
    }
}
