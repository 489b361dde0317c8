package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulkTimingsTest {

    private static final String EARLIER = """
            # HELP claimwire_search_bulk_seconds
            # TYPE claimwire_search_bulk_seconds summary
            claimwire_search_bulk_seconds_count{application="search-service",index="claimwire-articles"} 10
            claimwire_search_bulk_seconds_sum{application="search-service",index="claimwire-articles"} 0.5
            claimwire_search_bulk_seconds_max{application="search-service",index="claimwire-articles"} 0.2
            """;

    private static final String LATER = """
            claimwire_search_bulk_seconds_count{application="search-service",index="claimwire-articles"} 30
            claimwire_search_bulk_seconds_sum{application="search-service",index="claimwire-articles"} 1.5
            claimwire_search_bulk_seconds_count{index="claimwire-claims"} 4.0
            claimwire_search_bulk_seconds_sum{index="claimwire-claims"} 0.4
            claimwire_search_indexed_total{index="claimwire-claims",outcome="WRITTEN"} 12.0
            """;

    @Test
    void aPhaseGetsTheRequestsAndMeanDurationBetweenTwoReadingsPerIndex() {
        String phase = BulkTimings.parse(LATER).since(BulkTimings.parse(EARLIER));

        assertThat(phase).isEqualTo("claimwire-articles 20 bulk requests, mean 50 ms;"
                + " claimwire-claims 4 bulk requests, mean 100 ms");
    }

    @Test
    void nothingIsSaidWhenNoBulkRequestWasMade() {
        assertThat(BulkTimings.parse(EARLIER).since(BulkTimings.parse(EARLIER))).isEmpty();
        assertThat(BulkTimings.NONE.since(BulkTimings.NONE)).isEmpty();
    }
}
