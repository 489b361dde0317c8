package com.claimwire.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistogramIntervalTest {

    private static final Instant START = Instant.parse("2022-11-05T00:00:00Z");

    private static HistogramInterval over(Duration span) {
        return HistogramInterval.forSpan(START, START.plus(span));
    }

    @Test
    void theWidthGrowsWithTheSpanSoTheTimelineKeepsAReadableNumberOfBars() {
        assertThat(over(Duration.ofHours(30))).isEqualTo(HistogramInterval.HOUR);
        assertThat(over(Duration.ofDays(30))).isEqualTo(HistogramInterval.DAY);
        assertThat(over(Duration.ofDays(365))).isEqualTo(HistogramInterval.WEEK);
        assertThat(over(Duration.ofDays(2 * 365))).isEqualTo(HistogramInterval.MONTH);
        assertThat(over(Duration.ofDays(40 * 365))).isEqualTo(HistogramInterval.YEAR);
    }

    @Test
    void anUnknownSpanGetsDailyBars() {
        assertThat(HistogramInterval.forSpan(null, START)).isEqualTo(HistogramInterval.DAY);
        assertThat(HistogramInterval.forSpan(START, null)).isEqualTo(HistogramInterval.DAY);
    }
}
