package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "X, apposition, said C": the subject set off by commas before the cue speaks what follows the cue. */
class SubjectWithAppositionsBeforeCueTest {

    @Test
    void aParticiplePhraseAfterTheSubjectDoesNotTurnTheCueBackwards() {
        Found found = only("Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address"
                + " public concerns about the threats.");
        assertThat(found.content()).isEqualTo("Obama failed to address public concerns about the threats");
        assertThat(found.speaker()).isEqualTo("Rubio");
    }

    @Test
    void aRoleWithTheNameInAppositionSpeaksWhatFollows() {
        assertThat(only("A longtime JNF official, Howard Ingram, said the group's committee gave Trump its Tree of Life award.")
                .content()).isEqualTo("the group's committee gave Trump its Tree of Life award");
    }

    @Test
    void aSettingBeforeTheSubjectAndItsAppositionDoesNotTurnTheCueBackwards() {
        Found found = only("In May, a federal judge, in response to a Freedom of Information Act request, ordered the State"
                + " Department to release the emails.");
        assertThat(found.content()).isEqualTo("the State Department to release the emails");
        assertThat(found.speaker()).isEqualTo("a federal judge");
    }

    @Test
    void aClauseBeforeTheCueIsStillReportedBackwards() {
        Found found = only("The economy is growing fast, said Jerome Powell.");
        assertThat(found.content()).isEqualTo("The economy is growing fast");
        assertThat(found.speaker()).isEqualTo("Jerome Powell");
    }
}
