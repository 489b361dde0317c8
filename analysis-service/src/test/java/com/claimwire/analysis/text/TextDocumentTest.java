package com.claimwire.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDocumentTest {

    private static List<String> sentences(String body) {
        TextDocument doc = TextDocument.of(body);
        return doc.sentences().stream().map(s -> body.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAtAbbreviationsOrInitials() {
        assertThat(sentences("Mr. Smith met Sen. Jones on Jan. 5. U.S. District Judge James C. Cacheris agreed. It ended."))
                .containsExactly("Mr. Smith met Sen. Jones on Jan. 5.", "U.S. District Judge James C. Cacheris agreed.",
                        "It ended.");
    }

    @Test
    void closingQuoteMarksBelongToTheSentenceTheyEnd() {
        assertThat(sentences("\"We lost.\" He left. \u201cWhy?\u201d she asked.\u201d"))
                .containsExactly("\"We lost.\"", "He left.", "\u201cWhy?\u201d she asked.\u201d");
    }

    @Test
    void lowerCaseAfterAQuestionMarkInsideAQuoteContinuesTheSentence() {
        assertThat(sentences("\"Is it over?\" he asked. Nobody knew.")).containsExactly("\"Is it over?\" he asked.", "Nobody knew.");
    }

    @Test
    void paragraphsNeverShareASentence() {
        assertThat(sentences("First line without a stop\nSecond line")).containsExactly("First line without a stop", "Second line");
    }

    @Test
    void shortLineWhoseNextLineGoesOnInLowerCaseWasWrappedMidSentence() {
        assertThat(sentences("The mayor said it\nwould reopen in May.\nCritics\nDisagreed.")).containsExactly(
                "The mayor said it\nwould reopen in May.", "Critics", "Disagreed.");
    }

    @Test
    void titleCaseHeadlineRunningIntoTheTextOnTheNextLineIsASentenceOfItsOwn() {
        assertThat(sentences("Trump Would Get Border Wall Contract\nDonald Trump often takes credit for the idea."))
                .containsExactly("Trump Would Get Border Wall Contract", "Donald Trump often takes credit for the idea.");
    }

    @Test
    void runOnTextIsCutIntoBoundedSentences() {
        String body = "word ".repeat(2000);
        assertThat(sentences(body)).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(1500));
    }

    @Test
    void offsetsSurviveHtmlAndControlCharacters() {
        String body = "<p>The\u0000 mayor said\u00a0it.</p>";
        TextDocument doc = TextDocument.of(body);
        assertThat(doc.length()).isEqualTo(body.length());
        assertThat(doc.cleanText(0, body.length())).isEqualTo("   The  mayor said it.    ");
        assertThat(doc.tokens().lower(0)).isEqualTo("the");
        assertThat(body.substring(doc.tokens().start(1), doc.tokens().end(1))).isEqualTo("mayor");
    }

    @Test
    void tokensKeepAbbreviationsAndNormaliseApostrophes() {
        Tokens tokens = TextDocument.of("The U.S. didn\u2019t say.").tokens();
        assertThat(List.of(tokens.lower(0), tokens.lower(1), tokens.lower(2), tokens.lower(3), tokens.lower(4)))
                .containsExactly("the", "u.s.", "didn't", "say", ".");
        assertThat(tokens.isCapitalized(1)).isTrue();
    }
}
