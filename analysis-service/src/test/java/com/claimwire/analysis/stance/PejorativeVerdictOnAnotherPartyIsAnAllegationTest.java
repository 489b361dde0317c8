package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criticism with no accusing verb: a pejorative verdict ("dangerous", "weak on", "lacks the judgment", "not fit to")
 * said right after another party (a third-person pronoun, a name, "the president") is an allegation about that party,
 * also in reported speech and beside the speaker's own words. Said of a thing, negated or supposed, it accuses nobody.
 */
class PejorativeVerdictOnAnotherPartyIsAnAllegationTest {

    private static final String CONTEXT = "Voters in Ohio heard from Senator Alma Ruiz and from her rival, Dan Smith, "
            + "on Tuesday. The debate turned to trade and to the Commission that oversees it.";

    private static final Said ALMA_RUIZ = Said.by("Alma Ruiz").context(CONTEXT);

    @Test
    void dangerousSaidOfAThirdPersonIsAnAllegation() {
        assertThat(ALMA_RUIZ.quoted("Frankly, he's dangerous.")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void weaknessChargedToANamedRivalIsAnAllegation() {
        assertThat(ALMA_RUIZ.quoted("Smith is very, very weak on trade.")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void lackOfJudgmentInReportedSpeechIsAnAllegation() {
        assertThat(ALMA_RUIZ.reported("he lacks the judgment and the temperament to lead"))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void unfitnessBesideTheSpeakersOwnWordsIsAnAllegation() {
        assertThat(ALMA_RUIZ.quoted("We need stronger rules, and her record shows me that she is not fit to serve."))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void aPejorativeSaidOfAThingAccusesNobody() {
        assertThat(ALMA_RUIZ.quoted("Major changes now are dangerous and not a good idea."))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(ALMA_RUIZ.reported("the yen would stay weak on trade worries")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aNegatedOrSupposedVerdictAccusesNobody() {
        assertThat(ALMA_RUIZ.quoted("He is not dangerous, he is just new to this.")).isEqualTo(ClaimType.ASSERTION);
        assertThat(ALMA_RUIZ.quoted("If he is reckless, the voters will see it.")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void aNameThatOnlyQualifiesTheVerdictIsNoParty() {
        assertThat(ALMA_RUIZ.reported("it expects the Ohio fraud inquiry to close this year"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void coveringAnAmountIsNoCoverUp() {
        assertThat(ALMA_RUIZ.reported(
                "it filed a registration with the Commission covering up to 250 mln dlrs in debt"))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
