package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Claims" makes an allegation of what is said about another party, not of what the speaker says of itself. */
class ClaimAboutOneselfIsNotAnAllegationTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String cue, String content) {
        return classifier.classify(new Input(cue, content, content, content, false, "Donald Trump")).type();
    }

    @Test
    void claimingSomethingOfOneselfIsAnAssertion() {
        assertThat(reported("claims", "he is worth $10 billion")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void claimingSomethingOfOthersIsAnAllegation() {
        assertThat(reported("claimed", "the election was rigged")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(reported("claims", "his opponent took money from foreign governments")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void allegingStaysAnAllegationWhateverItsSubject() {
        assertThat(reported("alleges", "he was fired for taking time off to serve in the reserves"))
                .isEqualTo(ClaimType.ALLEGATION);
    }
}
