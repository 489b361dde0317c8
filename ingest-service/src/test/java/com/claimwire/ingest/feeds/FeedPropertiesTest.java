package com.claimwire.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedPropertiesTest {

    private static FeedProperties poller(int index, int count) {
        return new FeedProperties(true, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(6), 4, 100,
                count, index);
    }

    @Test
    void everyFeedIsPolledByExactlyOneOfSeveralInstances() {
        List<FeedProperties> instances = List.of(poller(0, 3), poller(1, 3), poller(2, 3));

        IntStream.range(0, 500).mapToObj(i -> "feed-" + i).forEach(feedId ->
                assertThat(instances.stream().filter(instance -> instance.polls(feedId))).hasSize(1));
    }

    @Test
    void aSingleInstancePollsEverything() {
        assertThat(poller(0, 1).polls("any")).isTrue();
    }

    @Test
    void anIndexOutsideTheCountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> poller(3, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> poller(0, 0));
    }
}
