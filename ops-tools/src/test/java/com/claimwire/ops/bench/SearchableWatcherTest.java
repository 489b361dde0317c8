package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchableWatcherTest {

    @Test
    void anArticleFoundByAPollBecameSearchableHalfwayBetweenThePollThatMissedItAndThisOne() {
        assertThat(SearchableWatcher.sightingTime(1_000, 900, 1_150)).isEqualTo(1_075);
    }

    @Test
    void anArticleIndexedAfterThePreviousPollCountsFromItsIndexing() {
        assertThat(SearchableWatcher.sightingTime(1_000, 1_100, 1_150)).isEqualTo(1_125);
    }

    @Test
    void theFirstPollOrAnUnknownIndexingTimeLeavesOnlyThePollsOwnSendingTime() {
        assertThat(SearchableWatcher.sightingTime(Double.NaN, 900, 1_150)).isEqualTo(1_150);
        assertThat(SearchableWatcher.sightingTime(1_000, Double.NaN, 1_150)).isEqualTo(1_075);
    }

    @Test
    void aSightingIsNeverLaterThanThePollThatMadeIt() {
        assertThat(SearchableWatcher.sightingTime(1_000, 1_300, 1_150)).isEqualTo(1_150);
    }
}
