package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** Polls, reports, studies and records are the source of what they show, find or suggest. */
class DocumentAsSourceTest {

    @Test
    void documentDescribedAfterItsNounShowsTheClauseThatFollows() {
        Found found = only("The report published Tuesday showed that more than half of her meetings were with donors.");
        assertThat(found.content()).isEqualTo("more than half of her meetings were with donors");
        assertThat(found.speaker()).isEqualTo("The report published Tuesday");
        assertThat(found.cue()).isEqualTo("showed");
    }

    @Test
    void pollFindsASmallClauseAfterAnAdjunctOfTime() {
        assertThat(only("A Quinnipiac University poll found last week that Clinton would beat Trump by six points.").content())
                .isEqualTo("Clinton would beat Trump by six points");
        assertThat(only("A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump with a 16-point lead.").speaker())
                .isEqualTo("A CNN/ORC poll of South Carolina released on Tuesday");
    }

    @Test
    void recordsAfterTheClaimShowIt() {
        Found found = only("More than 40 percent of that money arrived in February alone, new fundraising reports show.");
        assertThat(found.content()).isEqualTo("More than 40 percent of that money arrived in February alone");
        assertThat(found.speaker()).isEqualTo("new fundraising reports");
    }

    @Test
    void showingSomethingToPeopleIsNoFinding() {
        assertThat(extract("He went there to show hesitant donors that he is committed to running.")).isEmpty();
    }
}
