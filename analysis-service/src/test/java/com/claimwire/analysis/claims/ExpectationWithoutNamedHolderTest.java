package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "X is expected to C": an expectation the writer reports without naming whose it is. */
class ExpectationWithoutNamedHolderTest {

    @Test
    void theClauseWithItsSubjectIsTheClaimWithNoSpeakerMention() {
        Found found = only("The ballot question fight is expected to be a top-dollar operation for both sides.");
        assertThat(found.content()).isEqualTo("The ballot question fight is expected to be a top-dollar operation for both sides");
        assertThat(found.speaker()).isNull();
        assertThat(found.cue()).isEqualTo("expected");
    }

    @Test
    void anExpectationInARelativeClauseReportsThatClauseOnly() {
        assertThat(only("The fight is among African Americans, who are expected to make up half of the electorate and who"
                + " maintain a large degree of fondness for the Clintons.").content())
                .isEqualTo("who are expected to make up half of the electorate");
    }

    @Test
    void anExpectationInAnOpeningSubordinateClauseEndsWithThatClause() {
        assertThat(only("While the topic is not expected to surface in the talks, China has become an issue in the race.")
                .content()).isEqualTo("the topic is not expected to surface in the talks");
    }

    @Test
    void whatMightBeExpectedIsASuppositionNotAClaim() {
        assertThat(extract("Of all the voters who might be expected to resist his charms, union members rank near the top."))
                .isEmpty();
    }
}
