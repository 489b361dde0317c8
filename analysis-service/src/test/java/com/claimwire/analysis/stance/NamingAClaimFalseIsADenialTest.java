package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After "called", "labelled" or "dubbed" the verdict has no copula: "calling the reports inaccurate" denies them. */
class NamingAClaimFalseIsADenialTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String cue, String content) {
        return classifier.classify(new Input(cue, content, content, content, false, "the company")).type();
    }

    @Test
    void namingTheReportsFalseIsADenial() {
        assertThat(reported("calling", "the two lengthy investigative reports inaccurate and deliberately misleading"))
                .isEqualTo(ClaimType.DENIAL);
        assertThat(reported("labelled", "the charges baseless")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void namingWithoutAVerdictOfFalsityIsNoDenial() {
        assertThat(reported("called", "the merger a great opportunity for shareholders")).isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("called", "the report not inaccurate")).isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("called", "the golf venture a great example of how things had gone wrong"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void misleadingAfterAPlainCueStillAccusesAnotherParty() {
        assertThat(reported("said", "the senator was misleading voters about the plan")).isEqualTo(ClaimType.ALLEGATION);
    }
}
