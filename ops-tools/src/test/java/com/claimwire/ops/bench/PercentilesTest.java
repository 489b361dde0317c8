package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankPicksObservedValues() {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add((double) i);
        }
        Collections.shuffle(values);

        Percentiles p = Percentiles.of(values);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.mean()).isEqualTo(50.5);
    }

    @Test
    void smallSampleReportsItsHighestValueAsP99() {
        Percentiles p = Percentiles.of(List.of(300.0, 100.0, 200.0));

        assertThat(p.p50()).isEqualTo(200);
        assertThat(p.p95()).isEqualTo(300);
        assertThat(p.p99()).isEqualTo(300);
    }

    @Test
    void singleValueIsEveryPercentile() {
        Percentiles p = Percentiles.of(List.of(42.0));

        assertThat(List.of(p.p50(), p.p95(), p.p99(), p.max())).containsOnly(42.0);
    }

    @Test
    void emptySampleHasNoFigures() {
        Percentiles p = Percentiles.of(List.of());

        assertThat(p.count()).isZero();
        assertThat(p.p99()).isNaN();
    }
}
