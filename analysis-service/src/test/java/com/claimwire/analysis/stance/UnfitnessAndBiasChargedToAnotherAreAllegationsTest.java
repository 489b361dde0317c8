package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criticism that accuses without an accusing verb ("biased", "unqualified", "dishonest") is an allegation about
 * another party; a dismissive verdict on others' talk ("it's noise", "empty talk") denies it.
 */
class UnfitnessAndBiasChargedToAnotherAreAllegationsTest {

    private static final Said DONALD_TRUMP = Said.by("Donald Trump");
    private static final Said TOM_FITTON = Said.by("Tom Fitton");

    @Test
    void biasChargedToAJudgeIsAnAllegation() {
        assertThat(DONALD_TRUMP.cue("told").reported("the judge was biased against him because of his heritage"))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void unfitnessForOfficeIsAnAllegation() {
        assertThat(TOM_FITTON.quoted("This man is totally, thoroughly unqualified to be president."))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void dishonestyIsAnAllegation() {
        assertThat(TOM_FITTON.quoted("She is the most dishonest candidate since Richard Nixon."))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void derelictionOfDutyIsAnAllegation() {
        assertThat(TOM_FITTON.quoted("It would be a dereliction of duty by the department if they fail to act."))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void noEvidenceOfWrongdoingAccusesNobody() {
        assertThat(DONALD_TRUMP.cue("told").reported("the audit found no wrongdoing by the staff"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void callingOthersTalkNoiseDeniesIt() {
        assertThat(TOM_FITTON.quoted("It's noise.")).isEqualTo(ClaimType.DENIAL);
        assertThat(TOM_FITTON.quoted("I believe it's empty talk.")).isEqualTo(ClaimType.DENIAL);
    }
}
