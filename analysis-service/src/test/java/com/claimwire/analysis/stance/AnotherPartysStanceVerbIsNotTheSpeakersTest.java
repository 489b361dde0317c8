package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stance verb inside the claim gives the claim its type only when the speaker does it: after I or we (he or she
 * in reported speech), or when the claim opens with a short subject and that verb. What others deny, promise or
 * pledge deeper in the claim is only told.
 */
class AnotherPartysStanceVerbIsNotTheSpeakersTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("said", content, content, content, true, "Chris Collins")).type();
    }

    private ClaimType reported(String content) {
        return classifier.classify(new Input("said", content, content, content, false, "Chris Collins")).type();
    }

    @Test
    void whatAThirdPartyDeniedInAQuoteIsNoDenial() {
        assertThat(quoted("For too long the political class has denied everyday Americans a real voice in government."))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void whatAThirdPartyOfferedLaterInAQuoteIsNoCommitment() {
        assertThat(quoted("He only accepts small donations, and when the band offered to pay for the theater he said no."))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void pledgedDelegatesAreCountedNotPledged() {
        assertThat(reported("the senator has won 758 pledged delegates so far")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aPromiseInARelativeClauseIsAnotherPartys() {
        assertThat(reported("the remark was ironic coming from a candidate who promised mass deportation"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void theSpeakersOwnQuotedStanceVerbStillCounts() {
        assertThat(quoted("We have categorically rejected these reports.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void reportedSpeechOpeningWithItsSubjectAndVerbStillCounts() {
        assertThat(reported("both parties pledged to work together despite their differences"))
                .isEqualTo(ClaimType.COMMITMENT);
    }
}
