package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatePacerTest {

    @Test
    void articlesAreDueEvenlyFromTheStart() {
        RatePacer pacer = new RatePacer(20, 1_000);

        assertThat(pacer.dueNanos(0)).isEqualTo(1_000);
        assertThat(pacer.dueNanos(1)).isEqualTo(1_000 + 50_000_000);
        assertThat(pacer.dueNanos(20)).isEqualTo(1_000 + 1_000_000_000);
    }

    @Test
    void aLateSenderDoesNotWaitButCatchesUp() {
        RatePacer pacer = new RatePacer(10, 0);

        assertThat(pacer.waitNanos(5, 100_000_000)).isEqualTo(400_000_000);
        assertThat(pacer.waitNanos(5, 900_000_000)).isZero();
        assertThat(pacer.waitNanos(6, 900_000_000)).isEqualTo(0);
        assertThat(pacer.waitNanos(10, 900_000_000)).isEqualTo(100_000_000);
    }

    @Test
    void scheduleIsAbsoluteSoRoundingNeverDrifts() {
        RatePacer pacer = new RatePacer(3, 0);

        assertThat(pacer.dueNanos(3_000)).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void phaseLengthGivesArticleCount() {
        assertThat(new RatePacer(50, 0).articlesIn(60)).isEqualTo(3_000);
        assertThat(new RatePacer(5, 0).articlesIn(0.01)).isEqualTo(1);
    }

    @Test
    void rateMustBePositive() {
        assertThatThrownBy(() -> new RatePacer(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
