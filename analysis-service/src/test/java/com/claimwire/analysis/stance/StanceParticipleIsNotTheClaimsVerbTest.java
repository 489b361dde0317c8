package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stance verb used as a participle describes a noun; it is not what the speaker does with the claim. */
class StanceParticipleIsNotTheClaimsVerbTest {

    @Test
    void participleFollowedByItsAgentIsNotAPromise() {
        assertThat(Said.by("Brown-Forman Corp").reported(
                "it filed a shelf registration covering debt securities guaranteed by its parent company"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void participleBeforeTheSentencesVerbIsNotAnAdmission() {
        assertThat(Said.by("the State Department").reported("the majority of refugees admitted are women and children"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void theSpeakersOwnStanceVerbStillCounts() {
        assertThat(Said.by("Iran and Russia").reported("both countries rejected claims that the drones were sent"))
                .isEqualTo(ClaimType.DENIAL);
    }
}
