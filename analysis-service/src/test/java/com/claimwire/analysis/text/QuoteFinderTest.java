package com.claimwire.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static final Set<String> CUES = Set.of("said", "adding", "underlined");

    private static List<String> quotes(String body) {
        return QuoteFinder.find(TextDocument.of(body), CUES::contains).stream()
                .map(q -> body.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsQuotesInEveryCommonStyle() {
        assertThat(quotes("\"straight\" and \u201ccurly\u201d and \u00abguillemets\u00bb and \u201egerman\u201c and ''doubled'' and ``tex''"))
                .containsExactly("straight", "curly", "guillemets", "german", "doubled", "tex");
    }

    @Test
    void singleQuotesInsideDoubleQuotesAreNested() {
        assertThat(quotes("\"He said 'never again' to me,\" she said.")).containsExactly("He said 'never again' to me,");
    }

    @Test
    void paragraphThatReopensAQuoteContinuesTheChain() {
        String body = "\"First part without a closing mark.\n\n\"Second part,\" he said.\n\nNarration.";
        List<QuoteSegment> segments = QuoteFinder.find(TextDocument.of(body), CUES::contains);
        assertThat(segments).hasSize(2);
        assertThat(segments.get(0).closed()).isFalse();
        assertThat(segments.get(0).chain()).isEqualTo(segments.get(1).chain());
    }

    @Test
    void separateQuotesHaveSeparateChains() {
        List<QuoteSegment> segments = QuoteFinder.find(TextDocument.of("\"One,\" he said.\n\n\"Two,\" she said."), CUES::contains);
        assertThat(segments).extracting(QuoteSegment::chain).doesNotHaveDuplicates();
    }

    @Test
    void quoteWithOnlyAClosingMarkStartsAfterTheCue() {
        assertThat(quotes("\"Of course,\" he underlined, adding, Our position is clear.\""))
                .containsExactly("Of course,", "Our position is clear.");
    }

    @Test
    void strayClosingMarkWithoutACueIsIgnored() {
        assertThat(quotes("The 12\" pipe burst.")).isEmpty();
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        assertThat(quotes("He said \"this never ends\n\nNext paragraph.")).containsExactly("this never ends");
    }
}
