package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A promise is the speaker's own undertaking: "we're going to need help" states a need; "she's willing to" inside a
 * quote is someone else's readiness; "he would" in a clause that explains ("because she would expand her lead")
 * foretells. The speaker's own "I will", "he said he would" stay commitments.
 */
class ANeedOrAnotherPartysWillIsNoPromiseTest {

    private static final Said MARIA_GONZALEZ = Said.by("Maria Gonzalez");

    @Test
    void aNeedIsNoPromise() {
        assertThat(MARIA_GONZALEZ.quoted("We're going to need help from the big platforms."))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void anotherPartysReadinessInAQuoteIsNoOffer() {
        assertThat(MARIA_GONZALEZ.quoted("The fact that she's willing to vote for him tells you a lot."))
                .isNotEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void aWillInAnExplainingClauseIsNoPromise() {
        assertThat(MARIA_GONZALEZ.reported(
                "a win would seal the nomination because she would expand her delegate lead"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void theSpeakersOwnUndertakingsStayCommitments() {
        assertThat(MARIA_GONZALEZ.quoted("I will fight for you.")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(MARIA_GONZALEZ.reported("she would deploy more inspectors to the border"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(MARIA_GONZALEZ.reported("after the vote, she will look for ways to fund the plan"))
                .isEqualTo(ClaimType.COMMITMENT);
    }
}
