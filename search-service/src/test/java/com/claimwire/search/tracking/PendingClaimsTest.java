package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims stored but not yet searchable still count, once each, as if the index showed them. */
class PendingClaimsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void pendingClaimsAreCountedOnTopOfTheSearchableOnesOfTheirCluster() {
        PendingClaims pending = new PendingClaims(10, TrackingThresholds.CALIBRATED);
        pending.addAll(List.of(new EarlierClaim(claim("c3", "wire-b", MONDAY.plusSeconds(60)), "c1"),
                new EarlierClaim(claim("c4", "wire-c", MONDAY.minusSeconds(60)), "c1"),
                new EarlierClaim(claim("x1", "wire-d", MONDAY), "other")));
        ClusterSummary searchable = new ClusterSummary("c1", MONDAY, "wire-a", 2, Set.of("wire-a"));

        ClusterSummary cluster = pending.clusters(Set.of("c1"), Map.of("c1", searchable)).get("c1");

        assertThat(cluster.reports()).isEqualTo(4);
        assertThat(cluster.outlets()).containsExactlyInAnyOrder("wire-a", "wire-b", "wire-c");
        assertThat(cluster.firstSeenAt()).isEqualTo(MONDAY.minusSeconds(60));
        assertThat(cluster.firstSource()).isEqualTo("wire-c");
    }

    @Test
    void aClusterNoSearchShowsYetIsCountedFromItsPendingClaims() {
        PendingClaims pending = new PendingClaims(10, TrackingThresholds.CALIBRATED);
        pending.addAll(List.of(new EarlierClaim(claim("c1", "wire-a", MONDAY), "c1"),
                new EarlierClaim(claim("c2", "wire-b", MONDAY.plusSeconds(5)), "c1")));

        Map<String, ClusterSummary> clusters = pending.clusters(Set.of("c1", "unknown"), Map.of());

        assertThat(clusters).containsOnlyKeys("c1");
        assertThat(clusters.get("c1")).isEqualTo(new ClusterSummary("c1", MONDAY, "wire-a", 2, Set.of("wire-a", "wire-b")));
    }

    @Test
    void aClaimStoredAgainIsPendingOnceAndFoundBySearchOnce() {
        PendingClaims pending = new PendingClaims(10, TrackingThresholds.CALIBRATED);
        EarlierClaim stored = new EarlierClaim(claim("c1", "wire-a", MONDAY), "c1");
        pending.addAll(List.of(stored));
        pending.addAll(List.of(stored));
        EarlierClaim searched = new EarlierClaim(stored.claim(), "c1", 0.93);

        assertThat(pending.ids()).containsExactly("c1");
        assertThat(pending.clusters(Set.of("c1"), Map.of()).get("c1").reports()).isEqualTo(1);
        assertThat(pending.candidatesFor(claim("c2", "wire-b", MONDAY, 1, 0), List.of(searched), true))
                .containsExactly(searched);
    }

    @Test
    void aVectorSearchWouldNotFindAPendingClaimStoredWithoutEmbedding() {
        PendingClaims pending = new PendingClaims(10, TrackingThresholds.CALIBRATED);
        EarlierClaim withoutVector = new EarlierClaim(claim("c1", "wire-a", MONDAY), "c1");
        pending.addAll(List.of(withoutVector));

        TrackedClaim incoming = claim("c2", "wire-b", MONDAY, 1, 0);

        assertThat(pending.candidatesFor(incoming, List.of(), true)).isEmpty();
        assertThat(pending.candidatesFor(incoming, List.of(), false)).containsExactly(withoutVector);
    }

    @Test
    void aVectorSearchWouldFindOnlyPendingClaimsAsCloseAsCouldMatterWithTheirCosine() {
        PendingClaims pending = new PendingClaims(10, TrackingThresholds.CALIBRATED);
        pending.addAll(List.of(new EarlierClaim(claim("close", "wire-a", MONDAY, 3, 1), "close"),
                new EarlierClaim(claim("far", "wire-a", MONDAY, 0, 1), "far")));

        List<EarlierClaim> candidates = pending.candidatesFor(claim("c2", "wire-b", MONDAY, 1, 0), List.of(), true);

        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.claim().claimId()).isEqualTo("close");
            assertThat(candidate.cosine()).isCloseTo(3 / Math.sqrt(10), within(1e-6));
        });
    }

    @Test
    void theQuickEstimateRulesOutExactlyTheClaimsWhoseExactCosineFallsShortOfTheThreshold() {
        Random random = new Random(7);
        double threshold = TrackingThresholds.CALIBRATED.sameCosine();
        for (int pair = 0; pair < 2_000; pair++) {
            float[] incoming = randomVector(random);
            // Half the pairs close to the threshold, where an estimate could err.
            float[] earlier = pair % 2 == 0 ? randomVector(random) : nearby(incoming, random);
            PendingClaims pending = new PendingClaims(10, TrackingThresholds.CALIBRATED);
            pending.addAll(List.of(new EarlierClaim(claim("e", "wire-a", MONDAY, earlier), "e")));
            double exact = PendingClaims.dot(incoming, earlier)
                    / (Math.sqrt(PendingClaims.dot(incoming, incoming)) * Math.sqrt(PendingClaims.dot(earlier, earlier)));

            List<EarlierClaim> found = pending.candidatesFor(claim("c", "wire-b", MONDAY, incoming), List.of(), true);

            assertThat(PendingClaims.quickDot(incoming, earlier)).isCloseTo(PendingClaims.dot(incoming, earlier),
                    within(1e-12));
            assertThat(found).hasSize(exact >= threshold ? 1 : 0);
            found.forEach(candidate -> assertThat(candidate.cosine()).isEqualTo(exact));
        }
    }

    private static float[] randomVector(Random random) {
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return vector;
    }

    private static float[] nearby(float[] vector, Random random) {
        float[] near = new float[vector.length];
        double spread = 0.6 + 0.2 * random.nextDouble();
        for (int i = 0; i < vector.length; i++) {
            near[i] = (float) (vector[i] + spread * random.nextGaussian());
        }
        return near;
    }

    @Test
    void fullAtCapacityAndEmptyOnceCleared() {
        PendingClaims pending = new PendingClaims(2, TrackingThresholds.CALIBRATED);
        pending.addAll(List.of(new EarlierClaim(claim("c1", "wire-a", MONDAY), "c1")));
        assertThat(pending.full()).isFalse();
        pending.addAll(List.of(new EarlierClaim(claim("c2", "wire-a", MONDAY), "c2")));
        assertThat(pending.full()).isTrue();

        pending.clear();

        assertThat(pending.full()).isFalse();
        assertThat(pending.ids()).isEmpty();
    }

    @Test
    void theSeedStoryTrackedAgainstPendingClaimsAloneStillReversesFridaysDenial() {
        SeedStory story = SeedStory.load();
        ClaimTracker tracker = new ClaimTracker(TrackingThresholds.CALIBRATED);
        PendingClaims pending = new PendingClaims(1_000, TrackingThresholds.CALIBRATED);
        List<ClaimExtracted> friday = story.fridayClaims();
        track(tracker, pending, friday);

        Map<String, TrackingResult> seed = track(tracker, pending, story.seedClaims());

        TrackingResult admission = seed.get(SeedStory.find(story.seedClaims(), SeedStory.ADMISSION).claim().id());
        assertThat(admission.status()).isEqualTo(TrackingStatus.REVERSAL);
        assertThat(admission.opposingClaimIds()).contains(SeedStory.find(friday, SeedStory.FRIDAY_DENIAL).claim().id());
    }

    /** What the Elasticsearch adapter does when no search shows anything yet. */
    private static Map<String, TrackingResult> track(ClaimTracker tracker, PendingClaims pending,
            List<ClaimExtracted> events) {
        Set<String> clusterIds = new HashSet<>();
        List<TrackedClaim> claims = events.stream().map(TrackedClaim::of).toList();
        claims.forEach(claim -> clusterIds.addAll(
                tracker.joinableClusters(claim, pending.candidatesFor(claim, List.of(), true))));
        TrackingBatch batch = new TrackingBatch(tracker, pending.clusters(clusterIds, Map.of()));
        Map<String, TrackingResult> results = new LinkedHashMap<>();
        claims.forEach(claim -> results.put(claim.claimId(),
                batch.track(claim, pending.candidatesFor(claim, List.of(), true))));
        pending.addAll(batch.tracked());
        return results;
    }

    private static TrackedClaim claim(String id, String source, Instant publishedAt, float... embedding) {
        return new TrackedClaim(id, "article-" + id, "the ministry approved the merger", ClaimType.ASSERTION, "said",
                "Jane Doe", SpeakerKind.PERSON, null, List.of("Acme"), embedding.length == 0 ? null : embedding,
                publishedAt, source, null);
    }
}
