package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claim tracking on the demo story and on real news, with real MiniLM embeddings. */
class ClaimTrackerTest {

    private static SeedStory story;
    private final History history = new History(new ClaimTracker(TrackingThresholds.CALIBRATED));

    @BeforeAll
    static void loadStory() {
        story = SeedStory.load();
    }

    @Test
    void admissionAfterFridaysDenialIsAReversal() {
        List<ClaimExtracted> friday = story.fridayClaims();
        history.track(friday);
        List<ClaimExtracted> seed = story.seedClaims();
        Map<String, TrackingResult> results = history.track(seed);

        seed.forEach(event -> System.out.printf("seed  %-9s %-10s %-24s %s%n", results.get(event.claim().id()).status(),
                event.claim().type(), event.claim().speaker().name(), event.claim().text()));
        TrackingResult admission = results.get(SeedStory.find(seed, SeedStory.ADMISSION).claim().id());
        assertThat(admission.status()).isEqualTo(TrackingStatus.REVERSAL);
        assertThat(admission.opposingClaimIds())
                .contains(SeedStory.find(friday, SeedStory.FRIDAY_DENIAL).claim().id());
    }

    @Test
    void theMinistersBackgroundOnTheCallReversesNothing() {
        history.track(story.fridayClaims());
        List<ClaimExtracted> background = List.of(
                SeedStory.claim(story.seed(), SeedStory.AGREED_ON_DOCUMENTS, ClaimType.ASSERTION, SeedStory.MINISTER,
                        SpeakerKind.PERSON, SeedStory.MINISTER_ROLE),
                SeedStory.claim(story.seed(), SeedStory.REASON_FOR_ABSENCE, ClaimType.ASSERTION, SeedStory.MINISTER,
                        SpeakerKind.PERSON, SeedStory.MINISTER_ROLE));

        Map<String, TrackingResult> results = history.track(background);

        assertThat(results.values()).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(TrackingStatus.NEW);
            assertThat(result.opposingClaimIds()).isEmpty();
        });
    }

    @Test
    void usAllegationAndTheDenialBeforeItDisputeEachOther() {
        List<ClaimExtracted> friday = story.fridayClaims();
        Map<String, TrackingResult> results = history.track(friday);

        String denial = SeedStory.find(friday, SeedStory.FRIDAY_DENIAL).claim().id();
        String allegation = SeedStory.find(friday, SeedStory.US_ALLEGATION).claim().id();
        assertThat(results.get(denial).status()).isEqualTo(TrackingStatus.NEW);
        assertThat(results.get(allegation).status()).isEqualTo(TrackingStatus.DISPUTED);
        assertThat(results.get(allegation).opposingClaimIds()).containsExactly(denial);
        TrackingResult governments = results.get(SeedStory.find(friday, SeedStory.GOVERNMENTS_DENIAL).claim().id());
        assertThat(governments.status()).isEqualTo(TrackingStatus.DISPUTED);
        assertThat(governments.opposingClaimIds()).contains(allegation);
    }

    @Test
    void allegationRepeatedInTheSeedStaysInItsClusterAndDisputed() {
        List<ClaimExtracted> friday = story.fridayClaims();
        history.track(friday);
        List<ClaimExtracted> seed = story.seedClaims();
        Map<String, TrackingResult> results = history.track(seed);

        TrackingResult allegation = results.get(SeedStory.find(seed, SeedStory.US_ALLEGATION).claim().id());
        assertThat(allegation.status()).isEqualTo(TrackingStatus.DISPUTED);
        assertThat(allegation.clusterId()).isEqualTo(SeedStory.find(friday, SeedStory.US_ALLEGATION).claim().id());
        assertThat(allegation.reports()).isEqualTo(2);
        assertThat(allegation.firstSeenAt()).isEqualTo(story.friday().publishedAt());
    }

    @Test
    void syndicatedCopiesOfAQuoteFormOneClusterOfRepeats() {
        List<ClaimExtracted> original = story.fridayClaims();
        history.track(original);
        Instant later = story.friday().publishedAt().plusSeconds(3600);
        var firstCopy = story.friday().copy("https://other.claimwire.example/iran-kuleba-call", "other-wire", later);
        var secondCopy = story.friday().copy("https://third.claimwire.example/news/1", "third-post", later);
        Map<String, TrackingResult> first = history.track(story.fridayClaimsAsCopy(firstCopy));
        Map<String, TrackingResult> second = history.track(story.fridayClaimsAsCopy(secondCopy));

        String quote = "Ukraine should be careful not to be influenced by some extreme European politicians";
        String originalId = SeedStory.find(original, quote).claim().id();
        TrackingResult firstResult = first.get(SeedStory.find(story.fridayClaimsAsCopy(firstCopy), quote).claim().id());
        TrackingResult secondResult =
                second.get(SeedStory.find(story.fridayClaimsAsCopy(secondCopy), quote).claim().id());
        assertThat(firstResult.status()).isEqualTo(TrackingStatus.REPEATED);
        assertThat(secondResult.status()).isEqualTo(TrackingStatus.REPEATED);
        assertThat(List.of(firstResult.clusterId(), secondResult.clusterId())).containsOnly(originalId);
        assertThat(secondResult.reports()).isEqualTo(3);
        assertThat(secondResult.outlets()).isEqualTo(3);
        assertThat(secondResult.firstSource()).isEqualTo("demo-wire");
        assertThat(secondResult.firstSeenAt()).isEqualTo(story.friday().publishedAt());
    }

    @Test
    void aSyndicatedCopyOfAnOldDenialIsNoReversal() {
        history.track(story.fridayClaims());
        history.track(story.seedClaims());
        var copy = story.friday().copy("https://late.claimwire.example/old-call", "late-wire",
                story.seed().publishedAt().plusSeconds(86_400));
        List<ClaimExtracted> copied = story.fridayClaimsAsCopy(copy);
        Map<String, TrackingResult> results = history.track(copied);

        TrackingResult denial = results.get(SeedStory.find(copied, SeedStory.FRIDAY_DENIAL).claim().id());
        assertThat(denial.status()).isNotEqualTo(TrackingStatus.REVERSAL);
        assertThat(denial.clusterId()).isEqualTo(SeedStory.find(story.fridayClaims(), SeedStory.FRIDAY_DENIAL)
                .claim().id());
    }

    @Test
    void unrelatedNewsClaimsAreNewAndOnlyASentenceRunTwiceIsRepeated() {
        history.track(story.fridayClaims());
        history.track(story.seedClaims());
        List<ClaimExtracted> news = ReutersClaims.first(40);
        Map<String, TrackingResult> results = history.track(news);

        // Reuters ran some stories twice; a sentence seen before is a repeat, every other one is new.
        Set<String> seen = new HashSet<>();
        for (ClaimExtracted event : news) {
            TrackingStatus expected = seen.add(event.claim().text()) ? TrackingStatus.NEW : TrackingStatus.REPEATED;
            assertThat(results.get(event.claim().id()).status()).as(event.claim().text()).isEqualTo(expected);
        }
        assertThat(seen).hasSizeLessThan(news.size());
    }

    @Test
    void aClaimDeliveredTwiceInOneBatchIsCountedOnce() {
        List<ClaimExtracted> friday = story.fridayClaims();
        List<ClaimExtracted> twice = new ArrayList<>(friday);
        twice.addAll(friday);
        Map<String, TrackingResult> results = history.track(twice);

        assertThat(results).hasSize(friday.size());
        assertThat(results.values()).allSatisfy(result -> assertThat(result.reports()).isEqualTo(1));
    }

    @Test
    void withoutEmbeddingsRepeatsAreFoundByTheirWords() {
        List<ClaimExtracted> original = withoutEmbeddings(story.fridayClaims());
        history.track(original);
        var copy = story.friday().copy("https://other.claimwire.example/no-vectors", "other-wire",
                story.friday().publishedAt().plusSeconds(60));
        Map<String, TrackingResult> results = history.track(withoutEmbeddings(story.fridayClaimsAsCopy(copy)));

        assertThat(results.values()).allSatisfy(result -> assertThat(result.reports()).isEqualTo(2));
    }

    private static List<ClaimExtracted> withoutEmbeddings(List<ClaimExtracted> claims) {
        return claims.stream().map(event -> new ClaimExtracted(event.schemaVersion(), event.articleId(),
                event.articleVersion(), event.articleUrl(), event.articleTitle(), event.source(), event.language(),
                event.publishedAt(), event.receivedAt(), event.duplicateOf(), event.claim().withEmbedding(null)))
                .toList();
    }

    /** Everything tracked so far, standing in for the tracking index: every earlier claim is a candidate. */
    private static final class History {

        private final ClaimTracker tracker;
        private final List<EarlierClaim> claims = new ArrayList<>();
        private final Map<String, ClusterSummary> clusters = new HashMap<>();

        History(ClaimTracker tracker) {
            this.tracker = tracker;
        }

        Map<String, TrackingResult> track(List<ClaimExtracted> events) {
            TrackingBatch batch = new TrackingBatch(tracker, clusters);
            Map<String, TrackingResult> results = new LinkedHashMap<>();
            for (ClaimExtracted event : events) {
                results.put(event.claim().id(), batch.track(TrackedClaim.of(event), List.copyOf(claims)));
            }
            claims.addAll(batch.tracked());
            clusters.putAll(batch.clusters());
            return results;
        }
    }
}
