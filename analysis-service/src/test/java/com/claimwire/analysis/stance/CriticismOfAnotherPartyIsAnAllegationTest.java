package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A speaker who blasts, assails or faults another party for something accuses it of that. */
class CriticismOfAnotherPartyIsAnAllegationTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String cue, String content) {
        return classifier.classify(new Input(cue, content, content, content, false, "Hillary Clinton")).type();
    }

    @Test
    void blastingARivalIsAnAllegation() {
        assertThat(reported("blasted", "her rival over his muddled stance on abortion")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(reported("assailed", "the agency for its decision not to indict")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(reported("faulted", "the administration for moving too slowly")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void condemningAnAttackIsNotAnAccusation() {
        assertThat(reported("condemned", "what appears to be a horrific terrorist attack")).isEqualTo(ClaimType.ASSERTION);
    }
}
