package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stance verb inside the claim gives the claim its type only when the speaker does it: after I or we (he or she
 * in reported speech), or when the claim opens with a short subject and that verb. What others deny, promise or
 * pledge deeper in the claim is only told.
 */
class AnotherPartysStanceVerbIsNotTheSpeakersTest {

    private static final Said CHRIS_COLLINS = Said.by("Chris Collins");

    @Test
    void whatAThirdPartyDeniedInAQuoteIsNoDenial() {
        assertThat(CHRIS_COLLINS.quoted(
                "For too long the political class has denied everyday Americans a real voice in government."))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void whatAThirdPartyOfferedLaterInAQuoteIsNoCommitment() {
        assertThat(CHRIS_COLLINS.quoted(
                "He only accepts small donations, and when the band offered to pay for the theater he said no."))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void pledgedDelegatesAreCountedNotPledged() {
        assertThat(CHRIS_COLLINS.reported("the senator has won 758 pledged delegates so far"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aPromiseInARelativeClauseIsAnotherPartys() {
        assertThat(CHRIS_COLLINS.reported(
                "the remark was ironic coming from a candidate who promised mass deportation"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void theSpeakersOwnQuotedStanceVerbStillCounts() {
        assertThat(CHRIS_COLLINS.quoted("We have categorically rejected these reports.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void reportedSpeechOpeningWithItsSubjectAndVerbStillCounts() {
        assertThat(CHRIS_COLLINS.reported("both parties pledged to work together despite their differences"))
                .isEqualTo(ClaimType.COMMITMENT);
    }
}
