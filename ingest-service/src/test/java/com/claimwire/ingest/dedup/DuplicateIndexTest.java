package com.claimwire.ingest.dedup;

import static com.claimwire.ingest.dedup.MinHashTest.OTHER_STORY;
import static com.claimwire.ingest.dedup.MinHashTest.WIRE_COPY;
import static com.claimwire.ingest.dedup.MinHashTest.sketch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.claimwire.ingest.dedup.DuplicateIndex.Decision.Kind;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

    private static final MinHash.Sketch ORIGINAL = sketch(WIRE_COPY);
    private static final MinHash.Sketch SYNDICATED = sketch("TEHRAN (Reuters) - " + WIRE_COPY + " Editing by Jane Doe.");
    private static final MinHash.Sketch UNRELATED = sketch(OTHER_STORY);

    private final DuplicateIndex index = new DuplicateIndex(0.7);

    @Test
    void firstSightingIsNewVersionOne() {
        var decision = index.reserve("a", "h1", ORIGINAL);

        assertThat(decision.kind()).isEqualTo(Kind.NEW);
        assertThat(decision.version()).isEqualTo(1);
        assertThat(decision.duplicateOf()).isNull();
        assertThat(decision.publish()).isTrue();
    }

    @Test
    void sameIdAndContentIsUnchangedAndNotPublished() {
        index.reserve("a", "h1", ORIGINAL);

        var again = index.reserve("a", "h1", ORIGINAL);

        assertThat(again.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(again.publish()).isFalse();
        assertThat(again.version()).isEqualTo(1);
    }

    @Test
    void changedContentIsTheNextVersionAndNoCopyOfItself() {
        index.reserve("a", "h1", ORIGINAL);

        var changed = index.reserve("a", "h2", SYNDICATED);

        assertThat(changed.kind()).isEqualTo(Kind.UPDATED);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.duplicateOf()).isNull();
    }

    @Test
    void nearDuplicatesUnderOtherIdsPointAtTheFirstCopy() {
        index.reserve("first", "h1", ORIGINAL);
        assertThat(index.reserve("second", "h2", SYNDICATED).duplicateOf()).isEqualTo("first");

        assertThat(index.reserve("third", "h3", ORIGINAL).duplicateOf()).isEqualTo("first");
        assertThat(index.reserve("other", "h4", UNRELATED).duplicateOf()).isNull();
    }

    @Test
    void articlesTooShortToSketchAreNeverNearDuplicates() {
        index.reserve("first", "h1", null);

        assertThat(index.reserve("second", "h2", null).duplicateOf()).isNull();
    }

    @Test
    void releaseUndoesAReservationWhosePublishingFailed() {
        index.reserve("a", "h1", ORIGINAL);
        var update = index.reserve("a", "h2", UNRELATED);

        index.release(update);

        assertThat(index.reserve("a", "h1", ORIGINAL).kind()).isEqualTo(Kind.UNCHANGED);
    }

    @Test
    void releasingANewArticleForgetsIt() {
        var decision = index.reserve("a", "h1", ORIGINAL);

        index.release(decision);

        assertThat(index.size()).isZero();
        assertThat(index.reserve("copy", "h2", SYNDICATED).duplicateOf()).isNull();
    }

    @Test
    void observingTheTopicIgnoresOlderVersionsAndReplays() {
        index.observe("a", 2, "h2", ORIGINAL, null);
        index.observe("a", 1, "h1", ORIGINAL, null);
        index.observe("a", 2, "h2", ORIGINAL, null);

        assertThat(index.reserve("a", "h2", ORIGINAL).kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(index.reserve("a", "h3", ORIGINAL).version()).isEqualTo(3);
    }

    @Test
    void anObservedCopyKeepsPointingAtTheFirstCopy() {
        index.observe("first", 1, "h1", ORIGINAL, null);
        index.observe("second", 1, "h2", SYNDICATED, "first");

        assertThat(index.reserve("third", "h3", SYNDICATED).duplicateOf()).isEqualTo("first");
    }

    @Test
    void similarityThresholdMustBeAProportion() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateIndex(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateIndex(1.5));
    }
}
