package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The speaker's own "will" promises; a hedged, asked-about or past "would" does not. */
class ForecastIsNotAPromiseTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String content) {
        return classifier.classify(new Input("said", content, content, content, false, "Bernie Sanders")).type();
    }

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("said", content, content, content, true, "Lee Epstein")).type();
    }

    @Test
    void hedgeAfterTheAuxiliaryMakesAForecast() {
        assertThat(reported("he would probably campaign with him")).isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("he will probably run again")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void certaintyAdverbKeepsThePromise() {
        assertThat(quoted("We will certainly respond")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void readinessAskedAboutIsNoOffer() {
        assertThat(quoted("The question is how far he's willing to go")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void contractedHadBeforeAParticipleIsNotWould() {
        assertThat(reported("he'd been named the most honest student in his class")).isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("he'd support whoever wins the nomination")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void predictionAboutTheWorldIsAnAssertion() {
        assertThat(reported("the economy will grow by 3 percent next year")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void waitingToSeeIsNoPromise() {
        assertThat(quoted("I like serving the public, and we'll see if another opportunity comes")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void conditionalPromiseAfterItsConditionIsACommitment() {
        assertThat(reported("if elected, she would ask the vice president to lead the initiative")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("reporters asked if he would resign")).isEqualTo(ClaimType.ASSERTION);
    }
}
