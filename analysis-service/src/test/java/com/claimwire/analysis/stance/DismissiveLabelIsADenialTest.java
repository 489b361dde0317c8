package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels that dismiss charges ("a witch hunt") deny them; "absurd" said of an idea only judges it. */
class DismissiveLabelIsADenialTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String content) {
        return classifier.classify(new Input("said", content, content, content, false, "the senator")).type();
    }

    @Test
    void witchHuntDeniesTheCharges() {
        assertThat(reported("the charges against him were a witch hunt")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void absurdInsideAClaimIsNoDenial() {
        assertThat(reported("the absurd, third-grade theatrics of the debate put voters off")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void nothingToHideDeniesWrongdoing() {
        assertThat(reported("the department had nothing to hide")).isEqualTo(ClaimType.DENIAL);
    }
}
