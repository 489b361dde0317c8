package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.Topics;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.search.tracking.TrackingResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackedClaimPublisherTest {

    @Test
    void aTrackedClaimCarriesItsTrackingAndDropsTheEmbeddingAndIsAValidEvent() {
        float[] embedding = new float[384];
        embedding[0] = 1f;
        Claim claim = new Claim("c1", "We provided Russia with a small number of drones", 0, 48, true,
                ClaimType.ADMISSION, null, new Speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON,
                "Foreign Minister", null), List.of("Iran", "Russia"), List.of("weapons"), 0.9, embedding);
        Instant published = Instant.parse("2022-11-05T14:00:00Z");
        ClaimExtracted extracted = new ClaimExtracted(ClaimExtracted.SCHEMA_VERSION, "a1", 1, "https://example.org/a",
                "Minister on drones", "example", "en", published, published, null, claim);
        TrackingResult result = new TrackingResult("c1", TrackingStatus.REVERSAL, "c0",
                Instant.parse("2022-11-04T10:00:00Z"), "other", 2, 2, List.of("c0"));

        ClaimTracked tracked = TrackedClaimPublisher.of(extracted, result);

        assertThat(tracked.key()).isEqualTo("a1");
        assertThat(tracked.status()).isEqualTo(TrackingStatus.REVERSAL);
        assertThat(tracked.clusterId()).isEqualTo("c0");
        assertThat(tracked.opposingClaimIds()).containsExactly("c0");
        assertThat(tracked.extracted().claim().embedding()).isNull();
        assertThat(EventCodec.decode(Topics.TRACKED_CLAIMS, EventCodec.encode(tracked))).isEqualTo(tracked);
    }
}
