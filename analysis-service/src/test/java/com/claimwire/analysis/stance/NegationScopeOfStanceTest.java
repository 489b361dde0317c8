package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a negation reaches: the cue, the speaker's own action, or a verdict of truth. */
class NegationScopeOfStanceTest {

    private static final Said MARIA_LOPEZ = Said.by("Maria Lopez");
    private static final Said THE_COMPANY = Said.by("the company");

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    @Test
    void negationBeforeTheCueInTheSentenceCancelsTheDenial() {
        String sentence = "Smith did not deny that he had taken the money.";
        Input input = new Input("deny", "he had taken the money", sentence, sentence, false, "Smith");
        assertThat(classifier.classify(input).type()).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void cueNegatedElsewhereInTheSentenceStillDenies() {
        String sentence = "Smith, who did not attend the hearing, denied that he had taken the money.";
        Input input = new Input("denied", "he had taken the money", sentence, sentence, false, "Smith");
        assertThat(classifier.classify(input).type()).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void negatedPerceptionOrAwarenessIsNotADenial() {
        assertThat(MARIA_LOPEZ.quoted("I haven't heard back from the senator")).isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("I was too young; I didn't realize")).isEqualTo(ClaimType.ASSERTION);
        assertThat(THE_COMPANY.reported("it was not aware of any reason for the rise in its stock"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("We never envisioned that it would reach these levels"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("I haven't quite recovered from her shouting that message"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void negatedActionUnderAConditionIsNotADenial() {
        assertThat(MARIA_LOPEZ.quoted("I thought I would regret it if I didn't")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void negatedBeliefInTheTruthIsNotAnAdmission() {
        assertThat(MARIA_LOPEZ.quoted("I don't think this was the case")).isNotEqualTo(ClaimType.ADMISSION);
        assertThat(MARIA_LOPEZ.quoted("That won't be true for long")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void negationInsideTheSubjectLeavesTheVerdictStanding() {
        assertThat(MARIA_LOPEZ.quoted("This notion that the president doesn't know what he's doing is just not true"))
                .isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void politicallyCorrectIsNotAVerdictOfTruth() {
        assertThat(MARIA_LOPEZ.quoted("These are not people that are politically correct"))
                .isEqualTo(ClaimType.ASSERTION);
    }
}
