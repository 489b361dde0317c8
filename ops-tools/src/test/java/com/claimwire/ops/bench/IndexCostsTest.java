package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IndexCostsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static IndexCosts stats(String json) {
        return IndexCosts.parse(JSON.readTree(json));
    }

    private static final String EARLIER = """
            {"indices": {
              "claimwire-articles-v1": {"primaries": {"refresh": {"total": 10, "total_time_in_millis": 200},
                "indexing": {"index_time_in_millis": 50}, "merges": {"total": 1, "total_time_in_millis": 30},
                "flush": {"total_time_in_millis": 0}, "segments": {"count": 5}}},
              "claimwire-alerts": {"primaries": {"refresh": {"total": 3, "total_time_in_millis": 9},
                "indexing": {"index_time_in_millis": 4}, "merges": {"total": 0, "total_time_in_millis": 0},
                "flush": {"total_time_in_millis": 0}, "segments": {"count": 1}}}}}
            """;

    private static final String LATER = """
            {"indices": {
              "claimwire-articles-v1": {"primaries": {"refresh": {"total": 40, "total_time_in_millis": 1400},
                "indexing": {"index_time_in_millis": 2050}, "merges": {"total": 4, "total_time_in_millis": 3030},
                "flush": {"total_time_in_millis": 100}, "segments": {"count": 12}}},
              "claimwire-alerts": {"primaries": {"refresh": {"total": 3, "total_time_in_millis": 9},
                "indexing": {"index_time_in_millis": 4}, "merges": {"total": 0, "total_time_in_millis": 0},
                "flush": {"total_time_in_millis": 0}, "segments": {"count": 1}}}}}
            """;

    @Test
    void aPhaseGetsTheRefreshesAndTimesOfEachIndexThatWorked() {
        String phase = stats(LATER).since(stats(EARLIER));

        assertThat(phase).isEqualTo("claimwire-articles-v1 30 refreshes (1.2 s, mean 40 ms), indexing 2.0 s,"
                + " 3 merges 3.0 s, flushes 0.1 s, 12 segments at the end");
    }

    @Test
    void anIndexCreatedDuringThePhaseCountsFromZero() {
        assertThat(stats(EARLIER).since(IndexCosts.NONE)).startsWith("claimwire-alerts 3 refreshes (0.0 s, mean 3 ms)");
    }

    @Test
    void nothingIsSaidWhenNoIndexWorked() {
        assertThat(stats(EARLIER).since(stats(EARLIER))).isEmpty();
        assertThat(IndexCosts.NONE.since(IndexCosts.NONE)).isEmpty();
    }
}
