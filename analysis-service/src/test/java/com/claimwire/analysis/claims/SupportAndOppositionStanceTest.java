package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "support", "oppose", "backing", "supporting" state a public stance on their object, when they are verbs. */
class SupportAndOppositionStanceTest {

    @Test
    void pluralSubjectSupportsItsObject() {
        Found found = only("By a lopsided 82%-12%, Millennials support background checks for all gun purchasers.");
        assertThat(found.content()).isEqualTo("background checks for all gun purchasers");
        assertThat(found.speaker()).isEqualTo("Millennials");
        assertThat(found.cue()).isEqualTo("support");
    }

    @Test
    void progressiveBackingStatesTheStance() {
        Found found = only("Marvin Teske, a security guard at a Reno casino, is backing Hillary Clinton.");
        assertThat(found.content()).isEqualTo("Hillary Clinton");
        assertThat(found.speaker()).isEqualTo("Marvin Teske");
    }

    @Test
    void bareSupportAfterAModalIsAVerb() {
        assertThat(only("I can support either one of them.").content()).isEqualTo("either one of them");
    }

    @Test
    void supportAfterADeterminerOrAdjectiveIsTheNoun() {
        assertThat(extract("Trump had his greatest support among the Marines surveyed.")).isEmpty();
        assertThat(extract("In March, Cruz had 38 percent support in a Fox poll.")).isEmpty();
    }
}
