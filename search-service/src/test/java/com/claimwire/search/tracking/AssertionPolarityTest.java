package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An assertion and a denial of the same proposition, with real MiniLM embeddings: they contradict when one holds it
 * true and the other false, and otherwise state the same thing.
 */
class AssertionPolarityTest {

    private static final Instant MONDAY = Instant.parse("2024-03-04T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    private final ClaimTracker tracker = new ClaimTracker(TrackingThresholds.CALIBRATED);

    @Test
    void anAssertionLaterDeniedByTheSameSpeakerIsAReversal() {
        TrackedClaim said = claim("monday", ClaimType.ASSERTION, "said", "the plant is safe", "Jane Doe", MONDAY);
        TrackedClaim denied = claim("tuesday", ClaimType.DENIAL, "denied", "the plant is safe", "Jane Doe", TUESDAY);

        TrackingResult result = trackAfter(said, denied);

        assertThat(result.status()).isEqualTo(TrackingStatus.REVERSAL);
        assertThat(result.opposingClaimIds()).containsExactly(said.claimId());
        assertThat(result.clusterId()).as("opposite stances start their own cluster").isEqualTo(denied.claimId());
    }

    @Test
    void aDenialLaterAssertedByTheSameSpeakerIsAReversal() {
        TrackedClaim denied = claim("monday", ClaimType.DENIAL, "denied", "the company knew about the leak",
                "Jane Doe", MONDAY);
        TrackedClaim said = claim("tuesday", ClaimType.ASSERTION, "said", "the company knew about the leak",
                "Jane Doe", TUESDAY);

        assertThat(trackAfter(denied, said).status()).isEqualTo(TrackingStatus.REVERSAL);
    }

    @Test
    void anotherSpeakerDenyingAnAssertionDisputesIt() {
        TrackedClaim said = claim("monday", ClaimType.ASSERTION, "said", "the plant is safe", "Jane Doe", MONDAY);
        TrackedClaim denied = claim("tuesday", ClaimType.DENIAL, "denied", "the plant is safe", "John Roe", TUESDAY);

        assertThat(trackAfter(said, denied).status()).isEqualTo(TrackingStatus.DISPUTED);
    }

    @Test
    void aNegatedAssertionAndADenialOfTheSameThingTakeTheSameStance() {
        TrackedClaim said = claim("monday", ClaimType.ASSERTION, "said", "the plant is not safe", "Jane Doe", MONDAY);
        TrackedClaim denied = claim("tuesday", ClaimType.DENIAL, "denied", "the plant is safe", "Jane Doe", TUESDAY);

        TrackingResult result = trackAfter(said, denied);

        assertThat(result.status()).isEqualTo(TrackingStatus.REPEATED);
        assertThat(result.clusterId()).isEqualTo(said.claimId());
        assertThat(result.reports()).isEqualTo(2);
        assertThat(result.opposingClaimIds()).isEmpty();
    }

    /** PolNeAR: the closest same-speaker assertion–denial pairs restate each other (cosine 0.89). */
    @Test
    void aDenialRestatingANegatedAssertionRepeatsIt() {
        TrackedClaim said = claim("monday", ClaimType.ASSERTION, "said",
                "none of her emails were marked classified when they were sent", "Hillary Clinton", MONDAY);
        TrackedClaim denied = claim("tuesday", ClaimType.DENIAL, "explaining",
                "she had not sent or received emails that were marked classified at the time", "Clinton", TUESDAY);

        TrackingResult result = trackAfter(said, denied);

        assertThat(result.status()).isEqualTo(TrackingStatus.REPEATED);
        assertThat(result.clusterId()).isEqualTo(said.claimId());
    }

    /** PolNeAR: a denial's span is often the speaker's own counter-claim, which agrees with what they said before. */
    @Test
    void aDenialsCounterClaimRestatingAnAssertionIsNoReversal() {
        TrackedClaim said = claim("monday", ClaimType.ASSERTION, "said", "he thought Fields had made up the story",
                "Donald Trump", MONDAY);
        TrackedClaim denied = claim("tuesday", ClaimType.DENIAL, "told", "he believed Fields had fabricated the story",
                "Donald Trump", TUESDAY);

        TrackingResult result = trackAfter(said, denied);

        assertThat(result.status()).isNotEqualTo(TrackingStatus.REVERSAL);
        assertThat(result.opposingClaimIds()).isEmpty();
    }

    /** PolNeAR: opposite polarities, cosine 0.585, not the same proposition; a REVERSAL under the session 1 rule. */
    @Test
    void aDenialMerelyNearAnAssertionDoesNotReverseIt() {
        TrackedClaim said = claim("monday", ClaimType.ASSERTION, "said", "One of us ran against Barack Obama",
                "Bernie Sanders", MONDAY);
        TrackedClaim denied = claim("tuesday", ClaimType.DENIAL, "said", "he didn't seek or receive Obama's endorsement"
                + " in the race for the Democratic nomination against Hillary Clinton", "Bernie Sanders", TUESDAY);

        TrackingResult result = trackAfter(said, denied);

        assertThat(result.status()).isEqualTo(TrackingStatus.NEW);
        assertThat(result.opposingClaimIds()).isEmpty();
    }

    @Test
    void polarityFollowsTheCueOfADenial() {
        assertThat(PropositionMatcher.holdsNegation(
                claim("a", ClaimType.DENIAL, "denied", "the plant is safe", "X", MONDAY))).isTrue();
        assertThat(PropositionMatcher.holdsNegation(
                claim("b", ClaimType.DENIAL, "denied", "the plant was never unsafe", "X", MONDAY))).isFalse();
        assertThat(PropositionMatcher.holdsNegation(
                claim("c", ClaimType.DENIAL, "said", "the report is untrue", "X", MONDAY))).isTrue();
        assertThat(PropositionMatcher.holdsNegation(
                claim("d", ClaimType.ASSERTION, "said", "the plant is safe", "X", MONDAY))).isFalse();
        assertThat(PropositionMatcher.holdsNegation(
                claim("e", ClaimType.ASSERTION, "said", "the plant isn't safe", "X", MONDAY))).isTrue();
    }

    private TrackingResult trackAfter(TrackedClaim earlier, TrackedClaim later) {
        Map<String, ClusterSummary> clusters = new HashMap<>();
        ClaimTracker.Decision first = tracker.decide(earlier, List.of(), clusters);
        clusters.put(first.cluster().clusterId(), first.cluster());
        return tracker.decide(later, List.of(new EarlierClaim(earlier, first.result().clusterId())), clusters).result();
    }

    private static TrackedClaim claim(String id, ClaimType type, String cue, String text, String speaker,
            Instant publishedAt) {
        return new TrackedClaim(id, "article-" + id, text, type, cue, speaker, SpeakerKind.PERSON, null, List.of(),
                SeedStory.embed(text), publishedAt, "wire-" + id, null);
    }
}
