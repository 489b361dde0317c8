package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "X is not a racist" rejects the charge that X is one: a denial, not an allegation and not a plain statement. */
class SayingSomeoneIsNotWhatAChargeCallsThemIsADenialTest {

    private static final Said BRUCE_LEVELL = Said.by("Bruce LeVell");

    @Test
    void notARacistDeniesTheCharge() {
        assertThat(BRUCE_LEVELL.quoted("Donald Trump is not a racist, guys.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void neverACrookDeniesTheCharge() {
        assertThat(BRUCE_LEVELL.quoted("He was never a crook.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void theChargeItselfIsStillAnAllegation() {
        assertThat(BRUCE_LEVELL.quoted("Pfizer is gaming the system and will avoid paying its fair share."))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void aChargeOnlySupposedIsNoDenial() {
        assertThat(BRUCE_LEVELL.quoted("If he is not a liar, he should release the records."))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
