package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim where the speaker also speaks of itself still charges another party with a deed told in the past ("We know
 * that Russian services hacked the DNC", "we'd better be careful, because that election is going to be rigged"); the
 * speaker's own deed ("we hacked") or a wrong only named ("we oppose hacking") charges nobody else.
 */
class WrongdoingBesideTheSpeakersOwnWordsIsAnAllegationTest {

    private static final Said ANN_LEE = Said.by("Ann Lee");

    @Test
    void aPastWrongChargedToOthersBesideTheSpeakersWordsIsAnAllegation() {
        assertThat(ANN_LEE.quoted("We know that foreign intelligence services hacked into the committee's servers."))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(ANN_LEE.quoted(
                "I'm telling you, we'd better be careful, because that election is going to be rigged."))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void theSpeakersOwnDeedIsNoChargeAgainstOthers() {
        assertThat(ANN_LEE.quoted("We hacked into our own servers to test them.")).isNotEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void aWrongOnlyNamedBesideTheSpeakersWordsChargesNobody() {
        assertThat(ANN_LEE.quoted("We oppose hacking and act against it.")).isEqualTo(ClaimType.ASSERTION);
    }
}
