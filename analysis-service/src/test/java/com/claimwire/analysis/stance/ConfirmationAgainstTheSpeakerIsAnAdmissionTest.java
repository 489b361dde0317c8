package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Confirmed" is neutral, unless what the speaker confirms goes against it: its own wrongdoing or what it had denied. */
class ConfirmationAgainstTheSpeakerIsAnAdmissionTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType confirmed(String content, String sentence, String context, String speaker) {
        return classifier.classify(new Input("confirmed", content, sentence, context, false, speaker)).type();
    }

    @Test
    void confirmingWhatTheSpeakerHadDeniedIsAnAdmission() {
        String sentence = "The ministry on Friday confirmed it had supplied rifles to the militia.";
        String context = "For weeks the ministry denied any role in the fighting. " + sentence;
        assertThat(confirmed("it had supplied rifles to the militia", sentence, context, "the ministry"))
                .isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void confirmingOwnWrongdoingIsAnAdmission() {
        String sentence = "The bank confirmed it had breached the sanctions rules.";
        assertThat(confirmed("it had breached the sanctions rules", sentence, sentence, "the bank"))
                .isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void confirmingAFactIsAnAssertion() {
        String sentence = "The Pentagon confirmed that two soldiers were killed.";
        assertThat(confirmed("two soldiers were killed", sentence, sentence, "the Pentagon")).isEqualTo(ClaimType.ASSERTION);
        String talks = "Exxon confirmed it is in talks to buy the refinery.";
        assertThat(confirmed("it is in talks to buy the refinery", talks, talks, "Exxon")).isEqualTo(ClaimType.ASSERTION);
    }
}
