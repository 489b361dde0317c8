package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "I don't think that's the case", "we do not believe this is true": the speaker rejects a claim's truth, a denial.
 * An idiom ("politically correct") or a named case ("the case in which") is no verdict on a claim.
 */
class DisbelievingAClaimIsADenialTest {

    private static final Said ANN_LEE = Said.by("Ann Lee");

    @Test
    void disbelievingTheTruthOfAClaimIsADenial() {
        assertThat(ANN_LEE.quoted("I don't think that's the case.")).isEqualTo(ClaimType.DENIAL);
        assertThat(ANN_LEE.quoted("We do not believe this is true.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void anIdiomOrANamedCaseIsNoVerdict() {
        assertThat(ANN_LEE.quoted("I'm not interested in being politically correct.")).isEqualTo(ClaimType.ASSERTION);
        assertThat(ANN_LEE.quoted("I don't think this was the case in which to test the statute."))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
