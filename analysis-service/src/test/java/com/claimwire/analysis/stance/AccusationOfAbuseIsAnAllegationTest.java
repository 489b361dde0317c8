package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Saying another party abused, assaulted or betrayed someone accuses it; a crime named as a topic does not. */
class AccusationOfAbuseIsAnAllegationTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("wrote", content, content, content, true, "Lolita Grayson")).type();
    }

    @Test
    void namingAnotherPartysAbuseIsAnAllegation() {
        assertThat(quoted("In the last years of my marriage, my husband was unfaithful to me")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(quoted("The governor raped her in 1978")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void crimeAsATopicOrStatusIsNoAccusation() {
        assertThat(quoted("The senator called for the reinstatement of the assault weapons ban")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("Majorities favor letting people who are in the country illegally stay")).isEqualTo(ClaimType.ASSERTION);
    }
}
