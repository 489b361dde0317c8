package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criticism that accuses without an accusing verb ("biased", "unqualified", "dishonest") is an allegation about
 * another party; a dismissive verdict on others' talk ("it's noise", "empty talk") denies it.
 */
class UnfitnessAndBiasChargedToAnotherAreAllegationsTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("said", content, content, content, true, "Tom Fitton")).type();
    }

    private ClaimType reported(String content) {
        return classifier.classify(new Input("told", content, content, content, false, "Donald Trump")).type();
    }

    @Test
    void biasChargedToAJudgeIsAnAllegation() {
        assertThat(reported("the judge was biased against him because of his heritage")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void unfitnessForOfficeIsAnAllegation() {
        assertThat(quoted("This man is totally, thoroughly unqualified to be president.")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void dishonestyIsAnAllegation() {
        assertThat(quoted("She is the most dishonest candidate since Richard Nixon.")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void derelictionOfDutyIsAnAllegation() {
        assertThat(quoted("It would be a dereliction of duty by the department if they fail to act."))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void noEvidenceOfWrongdoingAccusesNobody() {
        assertThat(reported("the audit found no wrongdoing by the staff")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void callingOthersTalkNoiseDeniesIt() {
        assertThat(quoted("It's noise.")).isEqualTo(ClaimType.DENIAL);
        assertThat(quoted("I believe it's empty talk.")).isEqualTo(ClaimType.DENIAL);
    }
}
