package com.claimwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Entity;
import com.claimwire.contracts.EntityKind;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TextSpan;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.search.tracking.TrackingResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private static final String BODY = "\"We sent a few drones,\" said the minister. "
            + "\"Iran sent hundreds,\" an official alleged.";
    private static final Instant PUBLISHED = Instant.parse("2022-11-05T10:00:00Z");

    private static ArticleAnalyzed article() {
        Claim admission = new Claim("a-c1", "We sent a few drones", 1, 21, true, ClaimType.ADMISSION,
                TextSpan.of(BODY, 24, 28), new Speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON,
                "Foreign Minister", TextSpan.of(BODY, 29, 41)), List.of("Iran"), List.of("conflict"), 0.9, new float[0]);
        Claim allegation = new Claim("a-c2", "Iran sent hundreds", 44, 62, true, ClaimType.ALLEGATION, null,
                new Speaker("US official", SpeakerKind.UNNAMED, null, null), List.of("Iran"), List.of(), 0.7, null);
        return new ArticleAnalyzed(1, "a", 3, "https://news.example/a", "Drones", BODY, PUBLISHED, "Wire", "en", null,
                PUBLISHED.plusSeconds(5), List.of(new Entity("Iran", EntityKind.COUNTRY, 2), new Entity("Iran",
                EntityKind.COUNTRY, 1)), List.of("conflict"), List.of(admission, allegation), null);
    }

    @Test
    void articleDocumentSummarisesItsClaimsForFilteringAndFacets() {
        ArticleDocument document = ArticleDocument.of(article(), PUBLISHED.plusSeconds(9));

        assertThat(document.version()).isEqualTo(3);
        assertThat(document.entities()).containsExactly("Iran");
        assertThat(document.speakers()).containsExactly("Hossein Amir-Abdollahian", "US official");
        assertThat(document.speakerKinds()).containsExactly("PERSON", "UNNAMED");
        assertThat(document.claimTypes()).containsExactly("ADMISSION", "ALLEGATION");
        assertThat(document.claimCount()).isEqualTo(2);
    }

    @Test
    void claimDocumentCarriesArticleContextAndTracking() {
        ClaimExtracted event = ClaimExtracted.of(article()).get(0);
        var tracking = new TrackingResult("a-c1", TrackingStatus.REVERSAL, "b-c7", PUBLISHED.minusSeconds(86_400),
                "Other Wire", 2, 2, List.of("b-c7"));

        ClaimDocument document = ClaimDocument.of(event, tracking, PUBLISHED.plusSeconds(9));

        assertThat(document.articleVersion()).isEqualTo(3);
        assertThat(document.articleTitle()).isEqualTo("Drones");
        assertThat(document.cue().text()).isEqualTo("said");
        assertThat(document.speaker().mention().text()).isEqualTo("the minister");
        assertThat(document.speaker().kind()).isEqualTo("PERSON");
        assertThat(document.tracking().status()).isEqualTo("REVERSAL");
        assertThat(document.tracking().opposingClaimIds()).containsExactly("b-c7");
        assertThat(document.embedding()).as("an empty vector is no vector").isNull();
    }

    @Test
    void claimWithoutCueOrMentionStillMaps() {
        ClaimDocument document = ClaimDocument.of(ClaimExtracted.of(article()).get(1), null, PUBLISHED);

        assertThat(document.cue()).isNull();
        assertThat(document.speaker().mention()).isNull();
        assertThat(document.tracking()).isNull();
    }
}
