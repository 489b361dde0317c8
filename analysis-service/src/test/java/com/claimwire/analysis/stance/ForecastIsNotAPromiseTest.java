package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The speaker's own "will" promises; a hedged, asked-about or past "would" does not. */
class ForecastIsNotAPromiseTest {

    private static final Said BERNIE_SANDERS = Said.by("Bernie Sanders");
    private static final Said LEE_EPSTEIN = Said.by("Lee Epstein");

    @Test
    void hedgeAfterTheAuxiliaryMakesAForecast() {
        assertThat(BERNIE_SANDERS.reported("he would probably campaign with him")).isEqualTo(ClaimType.ASSERTION);
        assertThat(BERNIE_SANDERS.reported("he will probably run again")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void certaintyAdverbKeepsThePromise() {
        assertThat(LEE_EPSTEIN.quoted("We will certainly respond")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void readinessAskedAboutIsNoOffer() {
        assertThat(LEE_EPSTEIN.quoted("The question is how far he's willing to go")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void contractedHadBeforeAParticipleIsNotWould() {
        assertThat(BERNIE_SANDERS.reported("he'd been named the most honest student in his class"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(BERNIE_SANDERS.reported("he'd support whoever wins the nomination")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void predictionAboutTheWorldIsAnAssertion() {
        assertThat(BERNIE_SANDERS.reported("the economy will grow by 3 percent next year"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void waitingToSeeIsNoPromise() {
        assertThat(LEE_EPSTEIN.quoted("I like serving the public, and we'll see if another opportunity comes"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void conditionalPromiseAfterItsConditionIsACommitment() {
        assertThat(BERNIE_SANDERS.reported("if elected, she would ask the vice president to lead the initiative"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(BERNIE_SANDERS.reported("reporters asked if he would resign")).isEqualTo(ClaimType.ASSERTION);
    }
}
