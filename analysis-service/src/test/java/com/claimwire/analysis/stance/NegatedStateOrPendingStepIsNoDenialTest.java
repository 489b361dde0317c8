package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker's negated state ("I was not willing", "she was not available"), a step not yet taken ("we have not yet
 * decided") or something never had ("we have never had this much attention") reports where things stand and denies
 * nothing; a negated deed still does. "Wrong to" faults an action unless a verb of saying follows ("wrong to suggest").
 */
class NegatedStateOrPendingStepIsNoDenialTest {

    private static final Said ANN_LEE = Said.by("Ann Lee");
    private static final Said THE_POLICE = Said.by("the police");

    @Test
    void anUnwillingnessIsNoDenial() {
        assertThat(ANN_LEE.quoted("I was not willing to support a bill that cut school funding."))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aStepNotYetTakenIsNoDenial() {
        assertThat(THE_POLICE.reported("they have not yet determined the cause of the fire"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void somethingNeverHadIsNoDenial() {
        assertThat(ANN_LEE.quoted("We have never had this much attention.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aNegatedDeedIsStillADenial() {
        assertThat(ANN_LEE.quoted("We did not send any weapons to the militia.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void wrongToActFaultsTheActionButWrongToSayDeniesTheClaim() {
        assertThat(THE_POLICE.reported("the state is wrong to have a law banning the practice"))
                .isNotEqualTo(ClaimType.DENIAL);
        assertThat(ANN_LEE.quoted("It is wrong to suggest that the money was spent on the campaign."))
                .isEqualTo(ClaimType.DENIAL);
    }
}
