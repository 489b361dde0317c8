package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels that dismiss charges ("a witch hunt") deny them; "absurd" said of an idea only judges it. */
class DismissiveLabelIsADenialTest {

    private static final Said THE_SENATOR = Said.by("the senator");

    @Test
    void witchHuntDeniesTheCharges() {
        assertThat(THE_SENATOR.reported("the charges against him were a witch hunt")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void absurdInsideAClaimIsNoDenial() {
        assertThat(THE_SENATOR.reported("the absurd, third-grade theatrics of the debate put voters off"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void nothingToHideDeniesWrongdoing() {
        assertThat(THE_SENATOR.reported("the department had nothing to hide")).isEqualTo(ClaimType.DENIAL);
    }
}
