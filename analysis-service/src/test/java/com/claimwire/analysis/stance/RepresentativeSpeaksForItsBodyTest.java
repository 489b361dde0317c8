package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A spokesman or official speaks for the body named before the role: its "will" is the body's commitment. */
class RepresentativeSpeaksForItsBodyTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String content, String speaker) {
        return classifier.classify(new Input("said", content, content, content, false, speaker)).type();
    }

    @Test
    void bodyOfTheRepresentativeCommitsThroughIt() {
        assertThat(reported("the company will attempt to fulfill all outstanding contracts", "a company spokesman"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("Texaco will continue to buy crude oil from its leases", "Texaco spokesman"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("the administration would not negotiate with the hijackers", "administration officials"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void anotherBodysFutureIsAPrediction() {
        assertThat(reported("Russia will deploy new missiles next year", "Pentagon officials")).isEqualTo(ClaimType.ASSERTION);
    }
}
