package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker's negated state ("I was not willing", "she was not available"), a step not yet taken ("we have not yet
 * decided") or something never had ("we have never had this much attention") reports where things stand and denies
 * nothing; a negated deed still does. "Wrong to" faults an action unless a verb of saying follows ("wrong to suggest").
 */
class NegatedStateOrPendingStepIsNoDenialTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("said", content, content, content, true, "Ann Lee")).type();
    }

    private ClaimType reported(String content) {
        return classifier.classify(new Input("said", content, content, content, false, "the police")).type();
    }

    @Test
    void anUnwillingnessIsNoDenial() {
        assertThat(quoted("I was not willing to support a bill that cut school funding.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aStepNotYetTakenIsNoDenial() {
        assertThat(reported("they have not yet determined the cause of the fire")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void somethingNeverHadIsNoDenial() {
        assertThat(quoted("We have never had this much attention.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aNegatedDeedIsStillADenial() {
        assertThat(quoted("We did not send any weapons to the militia.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void wrongToActFaultsTheActionButWrongToSayDeniesTheClaim() {
        assertThat(reported("the state is wrong to have a law banning the practice")).isNotEqualTo(ClaimType.DENIAL);
        assertThat(quoted("It is wrong to suggest that the money was spent on the campaign.")).isEqualTo(ClaimType.DENIAL);
    }
}
