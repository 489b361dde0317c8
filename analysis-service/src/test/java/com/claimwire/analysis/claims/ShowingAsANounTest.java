package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.contents;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "A strong showing in Iowa", "the hit CW show, but …": the noun heads a phrase and shows nothing. */
class ShowingAsANounTest {

    @Test
    void modifiedShowingBeforeAPrepositionIsAResultNotAFinding() {
        assertThat(contents("Paul ended his campaign last week after a poor showing in the Iowa caucuses and will "
                + "instead focus on his Senate race.")).isEmpty();
    }

    @Test
    void aProgrammeNamedBeforeACommaShowsNothing() {
        assertThat(contents("Camil is not only a big star on the hit CW show, but he is also a huge star in real life."))
                .isEmpty();
    }

    @Test
    void aDocumentShowingWhatFollowsStillReportsIt() {
        assertThat(only("They had booklets open on the table showing how much they expected the stock to rise.")
                .content()).isEqualTo("how much they expected the stock to rise");
    }

    @Test
    void figuresFromANamedSourceShowAtTheEndOfTheSentence() {
        assertThat(only("Exports fell 5.4 pct to 48.7 billion guilders, figures from the Ministry of Agriculture show.")
                .content()).isEqualTo("Exports fell 5.4 pct to 48.7 billion guilders");
    }

    @Test
    void pollsShowingAStandingStillReportTheFinding() {
        assertThat(only("The exit polls show that Clinton won most of the older voters in the state.").content())
                .isEqualTo("Clinton won most of the older voters in the state");
    }
}
