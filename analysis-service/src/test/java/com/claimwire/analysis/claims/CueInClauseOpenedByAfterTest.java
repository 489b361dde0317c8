package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "After X said C, …": "after", "before", "since" and "until" open a clause whose subject is the speaker. */
class CueInClauseOpenedByAfterTest {

    @Test
    void nameAfterAfterIsTheSubjectOfTheCue() {
        Found found = only("After Hewitt suggested that Trump simply meant that Obama’s policies created the conditions, Trump agreed.");
        assertThat(found.content()).isEqualTo("Trump simply meant that Obama’s policies created the conditions");
        assertThat(found.speaker()).isEqualTo("Hewitt");
        assertThat(found.cue()).isEqualTo("suggested");
    }

    @Test
    void clauseAfterTheMainClauseNamesItsOwnSpeaker() {
        Found found = only("Rubio attacked him after Trump said he is open to a deal with Cuba.");
        assertThat(found.content()).isEqualTo("he is open to a deal with Cuba");
        assertThat(found.speaker()).isEqualTo("Trump");
    }

    @Test
    void phraseOpenedByAfterBeforeTheSubjectIsNoSpeaker() {
        Found found = only("After the debate Trump said he won the debate.");
        assertThat(found.speaker()).isEqualTo("Trump");
    }
}
