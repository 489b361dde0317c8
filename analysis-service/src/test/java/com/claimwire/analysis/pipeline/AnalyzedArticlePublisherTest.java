package com.claimwire.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzedArticlePublisherTest {

    @Test
    void sizesReadTheWayAnOperatorWritesLimits() {
        assertThat(AnalyzedArticlePublisher.readable(900)).isEqualTo("900 bytes");
        assertThat(AnalyzedArticlePublisher.readable(64 * 1024)).isEqualTo("64.0 KB");
        assertThat(AnalyzedArticlePublisher.readable(1_468_006)).isEqualTo("1.4 MB");
    }

    @Test
    void aRecordIsMeasuredWithItsKeyAndTheBatchOverheadTheProducerCounts() {
        byte[] value = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);

        int size = AnalyzedArticlePublisher.recordSize("article-1", value);

        // Kafka's own upper bound: the value and key plus record and batch headers, so a record the check lets
        // through is never refused by the producer for its size.
        assertThat(size).isGreaterThan(1000 + "article-1".length()).isLessThan(1000 + 200);
    }

    @Test
    void theEnrichedArticleCarriesItsClaimsWithoutTheirVectors() {
        Claim claim = new Claim("c1", "We provided Russia with a small number of drones", 0, 48, true,
                ClaimType.ADMISSION, null, new Speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON, null, null),
                List.of("Russia"), List.of("weapons"), 0.9, new float[] {0.6f, 0.8f});
        ArticleAnalyzed article = new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, "a1", 1, "https://example.org/a1",
                "Iran admits", "We provided Russia with a small number of drones", Instant.parse("2022-11-05T12:00:00Z"),
                "example", "en", null, Instant.parse("2022-11-05T12:01:00Z"), List.of(), List.of(), List.of(claim),
                new ArticleAnalyzed.Analysis("test", 3, false, null));

        ArticleAnalyzed enriched = AnalyzedArticlePublisher.withoutClaimVectors(article);

        assertThat(enriched.claims()).singleElement().satisfies(lean -> {
            assertThat(lean.embedding()).isNull();
            assertThat(lean).usingRecursiveComparison().ignoringFields("embedding").isEqualTo(claim);
        });
        assertThat(enriched).usingRecursiveComparison().ignoringFields("claims").isEqualTo(article);
    }
}
