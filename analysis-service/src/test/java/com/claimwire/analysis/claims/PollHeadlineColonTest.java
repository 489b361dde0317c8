package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "Poll: …" opening a paragraph reports a finding of the poll, as "Trump: …" reports a saying of Trump. */
class PollHeadlineColonTest {

    @Test
    void pollLabelOpeningAParagraphIsTheSourceOfTheHeadline() {
        Found found = only("Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\nThe race is close.");
        assertThat(found.content()).isEqualTo("Trump and Clinton hold narrow leads in Pennsylvania");
        assertThat(found.speaker()).isEqualTo("Poll");
        assertThat(found.cue()).isEqualTo(":");
    }

    @Test
    void otherHeadlineLabelsStillNameNoSource() {
        assertThat(extract("Watch: Trump and Clinton hold narrow leads in Pennsylvania.")).isEmpty();
    }
}
