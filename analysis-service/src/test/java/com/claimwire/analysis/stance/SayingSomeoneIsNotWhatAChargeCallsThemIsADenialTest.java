package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "X is not a racist" rejects the charge that X is one: a denial, not an allegation and not a plain statement. */
class SayingSomeoneIsNotWhatAChargeCallsThemIsADenialTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("said", content, content, content, true, "Bruce LeVell")).type();
    }

    @Test
    void notARacistDeniesTheCharge() {
        assertThat(quoted("Donald Trump is not a racist, guys.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void neverACrookDeniesTheCharge() {
        assertThat(quoted("He was never a crook.")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void theChargeItselfIsStillAnAllegation() {
        assertThat(quoted("Pfizer is gaming the system and will avoid paying its fair share.")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void aChargeOnlySupposedIsNoDenial() {
        assertThat(quoted("If he is not a liar, he should release the records.")).isEqualTo(ClaimType.ASSERTION);
    }
}
