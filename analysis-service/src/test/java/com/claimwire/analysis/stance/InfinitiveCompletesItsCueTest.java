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

    @Test
    void threateningToActIsACommitment() {
        assertThat(Said.by("the president").cue("threatened").reported("to veto the bill"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void announcedPlanOfTheSpeakerIsACommitment() {
        assertThat(Said.by("Iowa Beef Processors").cue("plans").reported("to resume operations March 16"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(Said.by("the company").cue("intends").reported("to appeal the ruling"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void someoneElsesPlanInsideAClaimIsNotTheSpeakersCommitment() {
        assertThat(Said.by("analysts").reported("the company plans to close two plants"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void agreeingToActIsACommitment() {
        assertThat(Said.by("the company").cue("agreed").reported("to pay a $7 million settlement"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void speakersOwnPlanInReportedSpeechIsACommitment() {
        assertThat(Said.by("Peter Welch").reported("he planned to vote for Sanders in the March 1 primary"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(Said.by("Amatil Ltd").reported("it proposes to make a two-for-five bonus issue"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void pastPlanInTheSpeakersOwnWordsIsNotACommitment() {
        ClaimType type = LexicalClaimTypeClassifier.withDefaults().classify(new ClaimTypeClassifier.Input("said",
                "We planned to go, but the flight was cancelled", "We planned to go, but the flight was cancelled",
                "We planned to go, but the flight was cancelled", true, "Maria Lopez")).type();
        assertThat(type).isEqualTo(ClaimType.ASSERTION);
    }
}
