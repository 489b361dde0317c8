package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Saying another party abused, assaulted or betrayed someone accuses it; a crime named as a topic does not. */
class AccusationOfAbuseIsAnAllegationTest {

    private static final Said LOLITA_GRAYSON = Said.by("Lolita Grayson").cue("wrote");

    @Test
    void namingAnotherPartysAbuseIsAnAllegation() {
        assertThat(LOLITA_GRAYSON.quoted("In the last years of my marriage, my husband was unfaithful to me"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(LOLITA_GRAYSON.quoted("The governor raped her in 1978"))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void crimeAsATopicOrStatusIsNoAccusation() {
        assertThat(LOLITA_GRAYSON.quoted("The senator called for the reinstatement of the assault weapons ban"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(LOLITA_GRAYSON.quoted("Majorities favor letting people who are in the country illegally stay"))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
