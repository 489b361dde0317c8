package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation, campaign or government reports its own undertaking as "it would": that is a commitment. A person
 * saying "it would" speaks of something else, and "would not be able" foretells rather than promises.
 */
class BodySpeaksOfItselfAsItTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String content, String speaker) {
        return classifier.classify(new Input("said", content, content, content, false, speaker)).type();
    }

    @Test
    void campaignSayingItWouldActCommitsItself() {
        assertThat(reported("it would assess its options and look into the recount process", "Sanders campaign"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void bureauSayingItWouldCooperateCommitsItself() {
        assertThat(reported("it would cooperate", "Federal Bureau of Investigation")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void personSayingItWouldSpeaksOfSomethingElse() {
        assertThat(reported("it would make millions more employees eligible for overtime pay", "Barack Obama"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void beingUnableIsNoPromise() {
        assertThat(reported("it would not be able to file its annual statement in time", "the company"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("he would not be able to run for office again", "Marco Rubio")).isEqualTo(ClaimType.ASSERTION);
    }
}
