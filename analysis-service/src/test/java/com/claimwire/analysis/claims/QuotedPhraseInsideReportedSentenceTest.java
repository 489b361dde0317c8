package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** A quotation that is only a phrase of the sentence an attribution reports, and a cue that reports on both sides. */
class QuotedPhraseInsideReportedSentenceTest {

    @Test
    void attributionAfterAQuotedWordReportsTheWholeUnquotedSentence() {
        Found found = only("People should provide evidence and not wave around words like \u201cmaybe\u201d and"
                + " \u201cperhaps\u201d, he told reporters.");
        assertThat(found.content())
                .isEqualTo("People should provide evidence and not wave around words like \u201cmaybe\u201d and \u201cperhaps\u201d");
        assertThat(found.speaker()).isEqualTo("he");
        assertThat(found.cue()).isEqualTo("told");
    }

    @Test
    void quotedPredicateEndingBeforeTheAttributionBelongsToTheWritersSentence() {
        Found found = only("Teachers in the union are \u201cvery, very pro-Bernie,\u201d Kilfoyle said.");
        assertThat(found.content()).startsWith("Teachers in the union are \u201cvery, very pro-Bernie");
        assertThat(found.speaker()).isEqualTo("Kilfoyle");
    }

    @Test
    void quoteThatOpensItsSentenceStaysADirectQuote() {
        assertThat(only("\u201cThe plan will fail,\u201d Senator Jane Smith said.").content())
                .isEqualTo("\u201cThe plan will fail,\u201d");
    }

    @Test
    void quotesContinuingAPhraseQuoteKeepItsSpeaker() {
        assertThat(extract("Sales are \"just scratching out a profit,\" Mr. Hedge said. \"Golf is a thin business.\""))
                .extracting(Found::speaker)
                .containsExactly("Mr. Hedge", "Mr. Hedge");
    }

    @Test
    void cueAfterAQuoteAlsoReportsTheContentClauseThatFollowsIt() {
        assertThat(extract("\u201cIt was far less,\u201d one of the former prosecutors said the two cases were quite different."))
                .containsExactly(
                        new Found("\u201cIt was far less,\u201d", "one of the former prosecutors", "said"),
                        new Found("the two cases were quite different", "one of the former prosecutors", "said"));
    }

    @Test
    void cueAfterAQuoteDoesNotReportTheOccasionThatFollowsIt() {
        assertThat(extract("\u201cIt will take time,\u201d Mr. Ackman said at the time, adding that investors did not"
                + " appreciate the company."))
                .extracting(Found::content)
                .doesNotContain("adding that investors did not appreciate the company");
    }
}
