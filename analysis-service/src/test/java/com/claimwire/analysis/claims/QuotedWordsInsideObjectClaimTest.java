package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/**
 * An object claim that quotes the speaker's words ("called the merger "a terrible deal"") still ends before the
 * speaker's next predicate joined by "and": the quoted words are part of the object, not a clause of their own.
 */
class QuotedWordsInsideObjectClaimTest {

    @Test
    void namingClaimWithQuotedNameEndsBeforeTheNextPredicate() {
        Found found = only("Trump called the merger \"a terrible deal\" and ranked Fiorina as one of the worst CEOs.");
        assertThat(found.content()).isEqualTo("the merger \"a terrible deal\"");
        assertThat(found.speaker()).isEqualTo("Trump");
        assertThat(found.cue()).isEqualTo("called");
    }

    @Test
    void stanceObjectWithQuotedPhraseEndsBeforeTheNextPredicate() {
        Found found = only("Clinton has increasingly decried the issue of “systemic racism” and highlighted her plans to combat it.");
        assertThat(found.content()).isEqualTo("the issue of “systemic racism”");
        assertThat(found.speaker()).isEqualTo("Clinton");
    }
}
