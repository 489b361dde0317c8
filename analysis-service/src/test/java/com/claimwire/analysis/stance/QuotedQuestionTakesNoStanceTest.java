package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A question asks rather than denies, promises or concedes; a statement with a question tag still states. */
class QuotedQuestionTakesNoStanceTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType quoted(String cue, String content) {
        return classifier.classify(new Input(cue, content, content, content, true, "the minister")).type();
    }

    @Test
    void questionWithStanceWordsIsAnAssertion() {
        assertThat(quoted("said", "Why would we deny that we sent the drones?")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("asked", "Are we going to raise taxes on the middle class?")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("asked", "Is it true that the drones came from Iran?")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void statementWithAQuestionTagKeepsItsStance() {
        assertThat(quoted("said", "She lied to the families, didn't she?")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(quoted("said", "We will win this, OK?")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void questionUnderAStanceCueKeepsTheCuesType() {
        assertThat(quoted("denied", "Why would anyone send drones to a war they oppose?")).isEqualTo(ClaimType.DENIAL);
    }
}
