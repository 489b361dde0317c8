package com.claimwire.search.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClaimFeedTest {

    private final ClaimFeed feed = new ClaimFeed();

    @AfterEach
    void close() {
        feed.close();
    }

    @Test
    void aClaimRepublishedByARedeliveryIsShownOnce() {
        feed.onTracked(tracked("claim-1", TrackingStatus.NEW));
        feed.onTracked(tracked("claim-2", TrackingStatus.REVERSAL));
        feed.onTracked(tracked("claim-1", TrackingStatus.NEW));

        assertThat(feed.missedSince("another-process-1"))
                .extracting(FeedItem::claimId, FeedItem::status)
                .containsExactly(tuple("claim-1", "NEW"),
                        tuple("claim-2", "REVERSAL"));
    }

    @Test
    void aDashboardResumingAfterAnEventOfThisProcessGetsOnlyTheLaterOnes() {
        feed.onTracked(tracked("claim-1", TrackingStatus.NEW));
        String firstId = feed.missedSince("another-process-1").get(0).id();
        feed.onTracked(tracked("claim-2", TrackingStatus.DISPUTED));

        assertThat(feed.missedSince(firstId)).extracting(FeedItem::claimId).containsExactly("claim-2");
        assertThat(feed.missedSince(null)).isEmpty();
    }

    private static ClaimTracked tracked(String claimId, TrackingStatus status) {
        Instant at = Instant.parse("2022-11-05T14:00:00Z");
        String text = "We provided Russia with a small number of drones";
        Claim claim = new Claim(claimId, text, 0, text.length(), true, ClaimType.ADMISSION, null,
                new Speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON, "Iranian Foreign Minister", null),
                List.of("Iran", "Russia"), List.of("weapons"), 0.9, null);
        ClaimExtracted extracted = new ClaimExtracted(ClaimExtracted.SCHEMA_VERSION, "article-1", 1,
                "https://example.org/article-1", "Minister on drones", "example-news", "en", at, at, null, claim);
        return new ClaimTracked(ClaimTracked.SCHEMA_VERSION, extracted, status, claimId, at, "example-news", 1, 1,
                List.of());
    }
}
