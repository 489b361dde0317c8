package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "I'll tell you", "I will predict" announce what the speaker is about to say; they promise nothing. */
class AnnouncingWhatOneWillSayIsNoPromiseTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("said", content, content, content, true, "Ben Carson")).type();
    }

    private ClaimType reported(String content) {
        return classifier.classify(new Input("said", content, content, content, false, "Ben Carson")).type();
    }

    @Test
    void tellingYouWhatIsNoPromise() {
        assertThat(quoted("I'll tell you what shameful is.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void predictingIsNoPromise() {
        assertThat(quoted("With 100 percent certainty, I will predict the winner.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void sayingItAgainIsNoPromise() {
        assertThat(quoted("She did it again and I'll say it again.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void askingSomeoneToActIsStillACommitment() {
        assertThat(quoted("If the principals agree, we will ask the State Department to get the approval."))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void promisingToTellSomeoneOffIsStillACommitment() {
        assertThat(reported("he will tell the bigots who oppose the bill to shut up")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void aDifficultyAheadIsAForecast() {
        assertThat(reported("she will have difficulty changing minds")).isEqualTo(ClaimType.ASSERTION);
    }
}
