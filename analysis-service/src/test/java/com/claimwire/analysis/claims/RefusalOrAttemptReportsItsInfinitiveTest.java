package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "X declined/refused/sought/offered to C": the stance is the infinitive, forwards only. */
class RefusalOrAttemptReportsItsInfinitiveTest {

    @Test
    void aRefusalToCommentIsAClaimEvenThoughItIsShort() {
        Found found = only("A spokeswoman for the ministry declined to comment.");
        assertThat(found.content()).isEqualTo("to comment");
        assertThat(found.speaker()).isEqualTo("A spokeswoman for the ministry");
        assertThat(found.cue()).isEqualTo("declined");
    }

    @Test
    void anAttemptReportsWhatWasSought() {
        assertThat(only("Rubio sought to ease his concerns about the visa program.").content())
                .isEqualTo("to ease his concerns about the visa program");
        assertThat(only("The company has offered to cover the cost of four years of schooling.").content())
                .isEqualTo("to cover the cost of four years of schooling");
    }

    @Test
    void aRefusalInsideARelativeClauseEndsWithThatClause() {
        assertThat(only("Curiel, who through his office declined to comment, was born in East Chicago.").content())
                .isEqualTo("to comment");
    }

    @Test
    void withoutAnInfinitiveThereIsNothingToReport() {
        assertThat(extract("The company sought new investors last year.")).isEmpty();
        assertThat(extract("Sales declined sharply in the third quarter.")).isEmpty();
    }
}
