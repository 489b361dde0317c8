package com.claimwire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private final PollSchedule schedule = new PollSchedule(Duration.ofMinutes(1), Duration.ofHours(6));

    @Test
    void aFeedWithNewItemsIsPolledMoreOften() {
        assertThat(schedule.afterSuccess(Duration.ofMinutes(20), true)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aQuietFeedIsPolledLessOften() {
        assertThat(schedule.afterSuccess(Duration.ofMinutes(20), false)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void intervalsStayWithinBounds() {
        assertThat(schedule.afterSuccess(Duration.ofSeconds(70), true)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.afterSuccess(Duration.ofHours(5), false)).isEqualTo(Duration.ofHours(6));
        assertThat(schedule.initial(Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheMaximum() {
        assertThat(schedule.afterFailure(Duration.ofMinutes(10), 1)).isEqualTo(Duration.ofMinutes(20));
        assertThat(schedule.afterFailure(Duration.ofMinutes(10), 3)).isEqualTo(Duration.ofMinutes(80));
        assertThat(schedule.afterFailure(Duration.ofMinutes(10), 30)).isEqualTo(Duration.ofHours(6));
    }
}
