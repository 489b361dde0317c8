package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "I'll tell you", "I will predict" announce what the speaker is about to say; they promise nothing. */
class AnnouncingWhatOneWillSayIsNoPromiseTest {

    private static final Said BEN_CARSON = Said.by("Ben Carson");

    @Test
    void tellingYouWhatIsNoPromise() {
        assertThat(BEN_CARSON.quoted("I'll tell you what shameful is.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void predictingIsNoPromise() {
        assertThat(BEN_CARSON.quoted("With 100 percent certainty, I will predict the winner."))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void sayingItAgainIsNoPromise() {
        assertThat(BEN_CARSON.quoted("She did it again and I'll say it again.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void askingSomeoneToActIsStillACommitment() {
        assertThat(BEN_CARSON.quoted("If the principals agree, we will ask the State Department to get the approval."))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void promisingToTellSomeoneOffIsStillACommitment() {
        assertThat(BEN_CARSON.reported("he will tell the bigots who oppose the bill to shut up"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void aDifficultyAheadIsAForecast() {
        assertThat(BEN_CARSON.reported("she will have difficulty changing minds")).isEqualTo(ClaimType.ASSERTION);
    }
}
