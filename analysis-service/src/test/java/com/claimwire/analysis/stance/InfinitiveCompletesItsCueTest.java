package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim that opens with "to" completes its cue ("threatened | to veto the bill"): the cue is read with it, so
 * threats, offers and announced plans of the speaker are commitments.
 */
class InfinitiveCompletesItsCueTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String cue, String content, String speaker) {
        return classifier.classify(new Input(cue, content, content, content, false, speaker)).type();
    }

    @Test
    void threateningToActIsACommitment() {
        assertThat(reported("threatened", "to veto the bill", "the president")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void announcedPlanOfTheSpeakerIsACommitment() {
        assertThat(reported("plans", "to resume operations March 16", "Iowa Beef Processors")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("intends", "to appeal the ruling", "the company")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void someoneElsesPlanInsideAClaimIsNotTheSpeakersCommitment() {
        assertThat(reported("said", "the company plans to close two plants", "analysts")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void agreeingToActIsACommitment() {
        assertThat(reported("agreed", "to pay a $7 million settlement", "the company")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void speakersOwnPlanInReportedSpeechIsACommitment() {
        assertThat(reported("said", "he planned to vote for Sanders in the March 1 primary", "Peter Welch"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("said", "it proposes to make a two-for-five bonus issue", "Amatil Ltd")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void pastPlanInTheSpeakersOwnWordsIsNotACommitment() {
        ClaimType type = LexicalClaimTypeClassifier.withDefaults().classify(new ClaimTypeClassifier.Input("said",
                "We planned to go, but the flight was cancelled", "We planned to go, but the flight was cancelled",
                "We planned to go, but the flight was cancelled", true, "Maria Lopez")).type();
        assertThat(type).isEqualTo(ClaimType.ASSERTION);
    }
}
