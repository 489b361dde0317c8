package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a claim starts and ends, and which attributions the extractor finds, on small hand-written sentences. */
class AttributionExtractorTest {

    private record Found(String content, String speaker, String cue) {
    }

    private static List<Found> extract(String body) {
        AttributionExtractor.Extraction extraction = new AttributionExtractor().extract(TextDocument.of(body), () -> false);
        assertThat(extraction.complete()).isTrue();
        return extraction.attributions().stream()
                .map(a -> new Found(body.substring(a.start(), a.end()),
                        a.hasSpeakerMention() ? body.substring(a.speakerStart(), a.speakerEnd()) : null,
                        a.hasCue() ? body.substring(a.cueStart(), a.cueEnd()) : null))
                .toList();
    }

    private static Found only(String body) {
        List<Found> found = extract(body);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

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
}
