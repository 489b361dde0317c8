package com.claimwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.search.tracking.ClaimTracking;
import com.claimwire.search.tracking.TrackingResult;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class PoisonIsolatingTrackerTest {

    /** Tracks every claim as NEW, but fails on any batch holding the claim named "bad". */
    private static final ClaimTracking FAILS_ON_BAD_CLAIM = claims -> {
        if (claims.stream().anyMatch(claim -> claim.claim().text().equals("bad"))) {
            throw new IllegalStateException("cannot track this claim");
        }
        return claims.stream().map(claim -> new TrackingResult(claim.claim().id(), TrackingStatus.NEW,
                claim.claim().id(), claim.publishedAt(), claim.source(), 1, 1, List.of())).toList();
    };

    @Test
    void aClaimWhoseTrackingFailsIsDeadLetteredAloneAndTheOthersAreTrackedInOrder() {
        List<DeadLetter> deadLetters = new ArrayList<>();

        var tracked = new PoisonIsolatingTracker(FAILS_ON_BAD_CLAIM)
                .track(List.of(claim(0, "first"), claim(1, "bad"), claim(2, "third")), deadLetters);

        assertThat(tracked).extracting(t -> t.claim().event().claim().text()).containsExactly("first", "third");
        assertThat(tracked).extracting(t -> t.result().claimId()).containsExactly("claim-0", "claim-2");
        assertThat(deadLetters).singleElement().satisfies(dead -> {
            assertThat(dead.record().offset()).isEqualTo(1);
            assertThat(dead.reason()).contains("claim tracking failed").contains("cannot track this claim");
        });
    }

    @Test
    void anUnreachableElasticsearchHoldsTheWholeBatchBackForARetry() {
        ClaimTracking unreachable = claims -> {
            throw new UncheckedIOException(new ConnectException("Connection refused"));
        };
        List<DeadLetter> deadLetters = new ArrayList<>();

        assertThatThrownBy(() -> new PoisonIsolatingTracker(unreachable)
                .track(List.of(claim(0, "first"), claim(1, "second")), deadLetters))
                .isInstanceOf(TransientIndexingException.class);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aReadOnlyIndexBlockHoldsTheWholeBatchBackForARetry() {
        ClaimTracking blocked = claims -> {
            throw new ElasticsearchException("bulk", ErrorResponse.of(response -> response.status(403)
                    .error(cause -> cause.type("cluster_block_exception")
                            .reason("index [claimwire-tracking] blocked by: [FORBIDDEN/8/index write (api)];"))));
        };
        List<DeadLetter> deadLetters = new ArrayList<>();

        assertThatThrownBy(() -> new PoisonIsolatingTracker(blocked)
                .track(List.of(claim(0, "first"), claim(1, "second")), deadLetters))
                .isInstanceOf(TransientIndexingException.class);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void anEmptyBatchNeedsNoTracking() {
        ClaimTracking neverCalled = claims -> {
            throw new AssertionError("tracking called for an empty batch");
        };

        assertThat(new PoisonIsolatingTracker(neverCalled).track(List.of(), new ArrayList<>())).isEmpty();
    }

    private static DecodedBatch.Decoded<ClaimExtracted> claim(long offset, String text) {
        Claim claim = new Claim("claim-" + offset, text, 0, text.length(), false, ClaimType.ASSERTION, null,
                new Speaker("A Speaker", SpeakerKind.PERSON, null, null), List.of(), List.of(), 0.5, null);
        ClaimExtracted event = new ClaimExtracted(ClaimExtracted.SCHEMA_VERSION, "article", 1, "https://example.org/a",
                "title", "outlet", "en", Instant.parse("2022-11-05T14:00:00Z"), Instant.parse("2022-11-05T14:01:00Z"),
                null, claim);
        return new DecodedBatch.Decoded<>(new ConsumerRecord<>("claims", 0, offset, "article", new byte[0]), event);
    }
}
