package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stance verb used as a participle describes a noun; it is not what the speaker does with the claim. */
class StanceParticipleIsNotTheClaimsVerbTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String content, String speaker) {
        return classifier.classify(new Input("said", content, content, content, false, speaker)).type();
    }

    @Test
    void participleFollowedByItsAgentIsNotAPromise() {
        assertThat(reported("it filed a shelf registration covering debt securities guaranteed by its parent company",
                "Brown-Forman Corp")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void participleBeforeTheSentencesVerbIsNotAnAdmission() {
        assertThat(reported("the majority of refugees admitted are women and children", "the State Department"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void theSpeakersOwnStanceVerbStillCounts() {
        assertThat(reported("both countries rejected claims that the drones were sent", "Iran and Russia"))
                .isEqualTo(ClaimType.DENIAL);
    }
}
