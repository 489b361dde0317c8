package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A question asks rather than denies, promises or concedes; a statement with a question tag still states. */
class QuotedQuestionTakesNoStanceTest {

    private static final Said THE_MINISTER = Said.by("the minister");

    @Test
    void questionWithStanceWordsIsAnAssertion() {
        assertThat(THE_MINISTER.quoted("Why would we deny that we sent the drones?"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(THE_MINISTER.cue("asked").quoted("Are we going to raise taxes on the middle class?"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(THE_MINISTER.cue("asked").quoted("Is it true that the drones came from Iran?"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void statementWithAQuestionTagKeepsItsStance() {
        assertThat(THE_MINISTER.quoted("She lied to the families, didn't she?"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(THE_MINISTER.quoted("We will win this, OK?")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void questionUnderAStanceCueKeepsTheCuesType() {
        assertThat(THE_MINISTER.cue("denied").quoted("Why would anyone send drones to a war they oppose?"))
                .isEqualTo(ClaimType.DENIAL);
    }
}
