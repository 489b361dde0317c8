package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation, campaign or government reports its own undertaking as "it would": that is a commitment. A person
 * saying "it would" speaks of something else, and "would not be able" foretells rather than promises.
 */
class BodySpeaksOfItselfAsItTest {

    @Test
    void campaignSayingItWouldActCommitsItself() {
        assertThat(Said.by("Sanders campaign").reported(
                "it would assess its options and look into the recount process"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void bureauSayingItWouldCooperateCommitsItself() {
        assertThat(Said.by("Federal Bureau of Investigation").reported("it would cooperate"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void personSayingItWouldSpeaksOfSomethingElse() {
        assertThat(Said.by("Barack Obama").reported("it would make millions more employees eligible for overtime pay"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void beingUnableIsNoPromise() {
        assertThat(Said.by("the company").reported("it would not be able to file its annual statement in time"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("Marco Rubio").reported("he would not be able to run for office again"))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
