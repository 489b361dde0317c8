package com.claimwire.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.search.search.SearchTimers.Request;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchTimersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SearchTimers timers = new SearchTimers(meters);

    @Test
    void aSearchRecordsWhatElasticsearchTookApartFromTheRoundTrip() {
        timers.search(Request.CLAIM_FACETS, 12, TimeUnit.MILLISECONDS.toNanos(30));

        var took = meters.get(SearchTimers.TOOK).tag(SearchTimers.REQUEST_TAG, "claim facets").timer();
        var roundTrip = meters.get(SearchTimers.ROUND_TRIP).tag(SearchTimers.REQUEST_TAG, "claim facets").timer();
        assertThat(took.count()).isEqualTo(1);
        assertThat(took.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12);
        assertThat(roundTrip.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(30);
        assertThat(meters.get(SearchTimers.TOOK).tag(SearchTimers.REQUEST_TAG, "claim hits").timer().count()).isZero();
    }

    @Test
    void queryEmbeddingsAreTimedOnTheirOwn() {
        timers.embedding(TimeUnit.MILLISECONDS.toNanos(8));

        assertThat(meters.get(SearchTimers.EMBEDDING).timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(8);
    }
}
