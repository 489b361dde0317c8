package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A speaker who blasts, assails or faults another party for something accuses it of that. */
class CriticismOfAnotherPartyIsAnAllegationTest {

    private static final Said HILLARY_CLINTON = Said.by("Hillary Clinton");

    @Test
    void blastingARivalIsAnAllegation() {
        assertThat(HILLARY_CLINTON.cue("blasted").reported("her rival over his muddled stance on abortion"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(HILLARY_CLINTON.cue("assailed").reported("the agency for its decision not to indict"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(HILLARY_CLINTON.cue("faulted").reported("the administration for moving too slowly"))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void condemningAnAttackIsNotAnAccusation() {
        assertThat(HILLARY_CLINTON.cue("condemned").reported("what appears to be a horrific terrorist attack"))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
