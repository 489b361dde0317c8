package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** Where a claim starts and ends, and which attributions the extractor finds, on small hand-written sentences. */
class AttributionExtractorTest {

    @Test
    void directQuoteKeepsItsQuotationMarksAndThePunctuationInsideThem() {
        assertThat(only("\u201cThe plan will fail,\u201d Senator Jane Smith said.").content())
                .isEqualTo("\u201cThe plan will fail,\u201d");
        assertThat(only("''I would have been all in,'' Mr. Regalado said.").content()).isEqualTo("''I would have been all in,''");
        assertThat(only("Chancellor Olaf Scholz told reporters: \u00abWe will deliver the tanks next month.\u00bb").content())
                .isEqualTo("\u00abWe will deliver the tanks next month.\u00bb");
    }

    @Test
    void sentencesOfOneQuoteShareItsMarksOutEachAtItsOwnEnd() {
        assertThat(extract("\"Prices are falling. Wages are rising,\" the minister said."))
                .extracting(Found::content)
                .containsExactly("\"Prices are falling.", "Wages are rising,\"");
    }

    @Test
    void quoteAttributedAfterwardsToADescriptionOfTheSpeaker() {
        Found found = only("\u201cThe Clintons will find a way around it,\u201d wrote one commenter.");
        assertThat(found.speaker()).isEqualTo("one commenter");
        assertThat(found.cue()).isEqualTo("wrote");
    }

    @Test
    void timeAfterTheDescriptionOfTheSpeakerIsNotPartOfIt() {
        assertThat(only("\"Prices will rise again,\" said one trader this week.").speaker()).isEqualTo("one trader");
    }

    @Test
    void shortOpeningInterruptedByItsAttributionIsAClaimWithTheClauseItOpens() {
        Found found = only("It was, he said, one of the bitterest failures of his presidency.");
        assertThat(found.content()).isEqualTo("It was, he said, one of the bitterest failures of his presidency");
        assertThat(found.speaker()).isEqualTo("he");
    }

    @Test
    void attributionInsideARelativeClauseReportsThatClauseOnly() {
        Found found = only("The changes, which officials said will take effect in May, will not apply to children.");
        assertThat(found.content()).isEqualTo("will take effect in May");
        assertThat(found.speaker()).isEqualTo("officials");
        assertThat(only("Aides prepared for a long race that he says will reward his patience.").content())
                .isEqualTo("will reward his patience");
    }

    @Test
    void shareOfAGroupWrittenWithAPercentSignSpeaks() {
        Found found = only("In the poll, 26% say they are conservative.");
        assertThat(found.speaker()).isEqualTo("26%");
        assertThat(found.content()).isEqualTo("they are conservative");
    }

    @Test
    void writersConcessiveOrComparativeClauseAfterTheClaimIsLeftOut() {
        assertThat(only("Smith said the plan would pass, despite opposition from both parties.").content())
                .isEqualTo("the plan would pass");
        assertThat(only("Jones said she would win the state, even though polls show her behind.").content())
                .isEqualTo("she would win the state");
        assertThat(only("Most voters said Trump would be better, compared with a third a year ago.").content())
                .isEqualTo("Trump would be better");
    }

    @Test
    void participleAfterButGoesOnWithTheSpeakerNotTheClaim() {
        assertThat(only("The mayor said the bridge was safe but declining to release the inspection report.").content())
                .isEqualTo("the bridge was safe");
        assertThat(only("The mayor said the bridge was closed but during the summer it will reopen to traffic.").content())
                .isEqualTo("the bridge was closed but during the summer it will reopen to traffic");
    }

    @Test
    void speakerWithAnAppositionBeforeTheCueAfterAQuote() {
        Found described = only("\u201cThe port will not reopen this year,\u201d Ana Ruiz, head of the dockworkers' union at the"
                + " northern terminal in Valparaiso, said in an interview.");
        assertThat(described.content()).isEqualTo("\u201cThe port will not reopen this year,\u201d");
        assertThat(described.speaker()).isEqualTo("Ana Ruiz");
        assertThat(only("\"The vote was rigged,\" Rep. Tom Hale, R-Ohio, said.").speaker()).isEqualTo("Rep. Tom Hale");
    }

    @Test
    void headTooLongToReadAsASpeakerIsNamedByItsApposition() {
        Found found = only("One of the engineers on the bridge project, Lena Park, said the cables had rusted for years.");
        assertThat(found.speaker()).isEqualTo("Lena Park");
        assertThat(found.content()).isEqualTo("the cables had rusted for years");
    }

    @Test
    void questionBeforeItsAttributionIsTheClaim() {
        assertThat(only("Who will pay for the new stadium? the councillor asked.").content())
                .isEqualTo("Who will pay for the new stadium?");
        Found separate = only("Why did the budget double in a year? Ms. Ortiz asked. Nobody answered.");
        assertThat(separate.content()).isEqualTo("Why did the budget double in a year?");
        assertThat(separate.speaker()).isEqualTo("Ms. Ortiz");
    }

    @Test
    void statedIntentionIsAClaimOfItsInfinitive() {
        Found found = only("The union plans to strike at all three plants next month.");
        assertThat(found.content()).isEqualTo("to strike at all three plants next month");
        assertThat(found.speaker()).isEqualTo("The union");
        assertThat(found.cue()).isEqualTo("plans");
        assertThat(only("She wants to cut the city's fleet of diesel buses by half.").content())
                .isEqualTo("to cut the city's fleet of diesel buses by half");
    }

    @Test
    void intentionWithoutAnInfinitiveOrOnlySupposedIsNoClaim() {
        assertThat(extract("The mayor wants a recount of every ballot in the district.")).isEmpty();
        assertThat(extract("Investors may want to read the fine print before they sign.")).isEmpty();
        assertThat(extract("Her plan to build the tunnel was shelved in March.")).isEmpty();
    }

    @Test
    void writersNextClauseAfterAndWhenIsNotPartOfTheClaim() {
        assertThat(extract("The coach said the team had not trained enough, and when asked about the referee, he said nothing."))
                .extracting(Found::content)
                .first()
                .isEqualTo("the team had not trained enough");
    }

    @Test
    void objectClaimEndsBeforeTheSpeakersNextVerb() {
        assertThat(extract("The minister denied the bribery allegations against him and accused the opposition of lying."))
                .extracting(Found::content)
                .containsExactly("the bribery allegations against him", "the opposition of lying");
        assertThat(only("The minister said the old bridge had collapsed and injured two workers.").content())
                .isEqualTo("the old bridge had collapsed and injured two workers");
    }

    @Test
    void writersAppositionAfterADashIsNotPartOfTheClaim() {
        assertThat(only("The mayor said the stadium would cost $2 billion \u2014 a sum larger than the city's budget.").content())
                .isEqualTo("the stadium would cost $2 billion");
        assertThat(only("The mayor said the stadium \u2014 a gift to the team \u2014 would cost $2 billion.").content())
                .isEqualTo("the stadium \u2014 a gift to the team \u2014 would cost $2 billion");
    }

    @Test
    void descriptionWithoutDeterminerBeforeTheNameAfterTheCue() {
        Found found = only("\"We are here for a good cause,\" said master of ceremonies Ruth Adler.");
        assertThat(found.content()).isEqualTo("\"We are here for a good cause,\"");
        assertThat(found.speaker()).isEqualTo("master of ceremonies Ruth Adler");
    }

    @Test
    void subjectOfAParticipleStopsAtTheClausesVerb() {
        Found found = only("Both teachers criticized the board, saying the cuts would hurt poorer schools.");
        assertThat(found.speaker()).isEqualTo("Both teachers");
        assertThat(found.content()).isEqualTo("the cuts would hurt poorer schools");
    }
}
