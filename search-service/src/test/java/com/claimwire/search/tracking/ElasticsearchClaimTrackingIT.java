package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.TrackingStatus;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claim tracking against a real Elasticsearch node: candidates by vector and text search, stored results. */
class ElasticsearchClaimTrackingIT {

    private static LocalTrackingIndex elasticsearch;
    private static SeedStory story;

    private ElasticsearchClaimTracking tracking;

    @BeforeAll
    static void connect() {
        elasticsearch = new LocalTrackingIndex();
        story = SeedStory.load();
    }

    @AfterAll
    static void disconnect() throws IOException {
        elasticsearch.close();
    }

    @BeforeEach
    void freshIndexPrefix() {
        tracking = elasticsearch.tracker(LocalTrackingIndex.freshPrefix("it-tracking"), 50);
    }

    @Test
    void admissionReversesTheDenialStoredTheDayBefore() {
        List<ClaimExtracted> friday = story.fridayClaims();
        Map<String, TrackingResult> fridayResults = track(friday);
        List<ClaimExtracted> seed = story.seedClaims();
        Map<String, TrackingResult> seedResults = track(seed);

        String denial = SeedStory.find(friday, SeedStory.FRIDAY_DENIAL).claim().id();
        String allegation = SeedStory.find(friday, SeedStory.US_ALLEGATION).claim().id();
        assertThat(fridayResults.get(allegation).status()).isEqualTo(TrackingStatus.DISPUTED);
        assertThat(fridayResults.get(allegation).opposingClaimIds()).containsExactly(denial);
        TrackingResult admission = seedResults.get(SeedStory.find(seed, SeedStory.ADMISSION).claim().id());
        assertThat(admission.status()).isEqualTo(TrackingStatus.REVERSAL);
        assertThat(admission.opposingClaimIds()).contains(denial);
        TrackingResult repeatedAllegation = seedResults.get(SeedStory.find(seed, SeedStory.US_ALLEGATION).claim().id());
        assertThat(repeatedAllegation.clusterId()).isEqualTo(allegation);
        assertThat(repeatedAllegation.reports()).isEqualTo(2);
        assertThat(repeatedAllegation.outlets()).isEqualTo(1);
        assertThat(repeatedAllegation.firstSeenAt()).isEqualTo(story.friday().publishedAt());
    }

    @Test
    void redeliveredClaimsGetTheirStoredResultAndAreNeverCountedTwice() {
        List<ClaimExtracted> friday = story.fridayClaims();
        List<TrackingResult> first = tracking.track(friday);
        List<TrackingResult> again = tracking.track(friday);

        assertThat(again).isEqualTo(first);

        var copy = story.friday().copy("https://other.claimwire.example/call", "other-wire",
                story.friday().publishedAt().plusSeconds(600));
        List<ClaimExtracted> copied = story.fridayClaimsAsCopy(copy);
        tracking.track(copied);
        List<TrackingResult> copiedAgain = tracking.track(copied);

        assertThat(copiedAgain).allSatisfy(result -> {
            assertThat(result.reports()).isEqualTo(2);
            assertThat(result.outlets()).isEqualTo(2);
        });
    }

    @Test
    void aBatchMixingNewAndRedeliveredClaimsKeepsItsOrder() {
        List<ClaimExtracted> friday = story.fridayClaims();
        tracking.track(friday.subList(0, 3));
        List<TrackingResult> results = tracking.track(friday);

        assertThat(results).extracting(TrackingResult::claimId)
                .containsExactlyElementsOf(friday.stream().map(event -> event.claim().id()).toList());
    }

    @Test
    void withoutEmbeddingsCopiesAreFoundByTheirText() {
        List<ClaimExtracted> friday = withoutEmbeddings(story.fridayClaims());
        tracking.track(friday);
        var copy = story.friday().copy("https://other.claimwire.example/plain", "other-wire",
                story.friday().publishedAt().plusSeconds(60));
        List<TrackingResult> results = tracking.track(withoutEmbeddings(story.fridayClaimsAsCopy(copy)));

        assertThat(results).allSatisfy(result -> assertThat(result.reports()).isEqualTo(2));
        assertThat(results).extracting(TrackingResult::clusterId)
                .containsExactlyElementsOf(friday.stream().map(event -> event.claim().id()).toList());
    }

    @Test
    void aClaimWhoseEmbeddingCannotBeStoredIsTrackedByItsText() {
        List<ClaimExtracted> friday = withoutEmbeddings(story.fridayClaims());
        tracking.track(friday);
        var copy = story.friday().copy("https://other.claimwire.example/zero", "other-wire",
                story.friday().publishedAt().plusSeconds(60));
        List<ClaimExtracted> zeroVectors = story.fridayClaimsAsCopy(copy).stream().map(event -> new ClaimExtracted(
                event.schemaVersion(), event.articleId(), event.articleVersion(), event.articleUrl(),
                event.articleTitle(), event.source(), event.language(), event.publishedAt(), event.receivedAt(),
                event.duplicateOf(), event.claim().withEmbedding(new float[TrackingStore.EMBEDDING_DIMENSIONS])))
                .toList();

        assertThat(tracking.track(zeroVectors)).allSatisfy(result -> assertThat(result.reports()).isEqualTo(2));
    }

    private Map<String, TrackingResult> track(List<ClaimExtracted> claims) {
        Map<String, TrackingResult> byId = new HashMap<>();
        tracking.track(claims).forEach(result -> byId.put(result.claimId(), result));
        return byId;
    }

    private static List<ClaimExtracted> withoutEmbeddings(List<ClaimExtracted> claims) {
        return claims.stream().map(event -> new ClaimExtracted(event.schemaVersion(), event.articleId(),
                event.articleVersion(), event.articleUrl(), event.articleTitle(), event.source(), event.language(),
                event.publishedAt(), event.receivedAt(), event.duplicateOf(), event.claim().withEmbedding(null)))
                .toList();
    }
}
