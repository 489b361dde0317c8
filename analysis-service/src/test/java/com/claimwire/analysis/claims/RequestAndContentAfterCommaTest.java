package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** Requests ("X asked Y to C") and where a participle's content ends before the main cue ("X, citing D, said C"). */
class RequestAndContentAfterCommaTest {

    @Test
    void aRequestReportsTheAddresseeWithWhatWasAskedOfThem() {
        Found found = only("Mr. Band asked her to call the minister immediately.");
        assertThat(found.content()).isEqualTo("her to call the minister immediately");
        assertThat(found.speaker()).isEqualTo("Mr. Band");
        assertThat(found.cue()).isEqualTo("asked");
        assertThat(only("Two House committees on Monday asked the Justice Department to investigate the testimony.")
                .content()).isEqualTo("the Justice Department to investigate the testimony");
    }

    @Test
    void anOrderReportsWhatWasOrdered() {
        Found found = only("A federal judge ordered the State Department to release the emails by the end of January.");
        assertThat(found.content()).isEqualTo("the State Department to release the emails by the end of January");
        assertThat(found.speaker()).isEqualTo("A federal judge");
        assertThat(found.cue()).isEqualTo("ordered");
    }

    @Test
    void beingAskedIsNoRequestByTheSubject() {
        assertThat(extract("He was asked to preserve the emails.")).isEmpty();
    }

    @Test
    void aParticipleSetOffAfterTheSubjectEndsBeforeTheMainCue() {
        assertThat(extract("Salceda, citing data from the State Department, said that about 4 million people of Philippine"
                + " descent live in the United States.")).extracting(Found::content).containsExactly(
                        "data from the State Department",
                        "about 4 million people of Philippine descent live in the United States");
    }

    @Test
    void anAdjunctAfterThatOpensTheContentRatherThanTurningTheCueBackwards() {
        Found found = only("Discounting this notion, Limbaugh said that with the delegates Clinton already had, the debate"
                + " would not do much to upstage her.");
        assertThat(found.content())
                .isEqualTo("with the delegates Clinton already had, the debate would not do much to upstage her");
        assertThat(found.speaker()).isEqualTo("Limbaugh");
    }
}
