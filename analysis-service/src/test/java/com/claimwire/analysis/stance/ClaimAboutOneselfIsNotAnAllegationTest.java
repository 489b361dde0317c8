package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Claims" makes an allegation of what is said about another party, not of what the speaker says of itself. */
class ClaimAboutOneselfIsNotAnAllegationTest {

    private static final Said DONALD_TRUMP = Said.by("Donald Trump");

    @Test
    void claimingSomethingOfOneselfIsAnAssertion() {
        assertThat(DONALD_TRUMP.cue("claims").reported("he is worth $10 billion")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void claimingSomethingOfOthersIsAnAllegation() {
        assertThat(DONALD_TRUMP.cue("claimed").reported("the election was rigged")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(DONALD_TRUMP.cue("claims").reported("his opponent took money from foreign governments"))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void allegingStaysAnAllegationWhateverItsSubject() {
        assertThat(DONALD_TRUMP.cue("alleges").reported("he was fired for taking time off to serve in the reserves"))
                .isEqualTo(ClaimType.ALLEGATION);
    }
}
