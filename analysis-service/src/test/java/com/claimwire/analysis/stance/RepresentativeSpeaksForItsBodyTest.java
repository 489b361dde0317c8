package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A spokesman or official speaks for the body named before the role: its "will" is the body's commitment. */
class RepresentativeSpeaksForItsBodyTest {

    @Test
    void bodyOfTheRepresentativeCommitsThroughIt() {
        assertThat(Said.by("a company spokesman").reported(
                "the company will attempt to fulfill all outstanding contracts"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(Said.by("Texaco spokesman").reported("Texaco will continue to buy crude oil from its leases"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(Said.by("administration officials").reported(
                "the administration would not negotiate with the hijackers"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void anotherBodysFutureIsAPrediction() {
        assertThat(Said.by("Pentagon officials").reported("Russia will deploy new missiles next year"))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
