package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.contents;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A colon after a rubric ("Revealed:", "Wow:", "Contributing:") or before a list of names introduces no saying; a
 * colon after a speaker's name still does.
 */
class RubricOrNameListAfterColonTest {

    @Test
    void clickbaitRubricIsNoSpeaker() {
        assertThat(contents("Revealed: More Than 100 Delegates Are Planning To Do Something Big\n\nThe story follows."))
                .isEmpty();
    }

    @Test
    void creditLineNamesContributorsWithoutAClaim() {
        assertThat(contents("The group said little.\n\nContributing: Brittney Bennett and Greg Toppo, USA TODAY"))
                .isEmpty();
    }

    @Test
    void labelBeforeAListOfNamesIsNoSpeaker() {
        assertThat(contents("Nevada: Adam Khan, Andres Ramirez, Andrew Diss, Barbara Buckley.")).isEmpty();
    }

    @Test
    void speakerBeforeAHeadlineClaimStillSpeaks() {
        ExtractedClaims.Found found = only("Graham: Trump's Rhetoric Is Hateful, Dangerous, Wrong\n\nThe senator spoke.");
        assertThat(found.speaker()).isEqualTo("Graham");
        assertThat(found.cue()).isEqualTo(":");
    }
}
