package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cue followed only by its place, agent or time ("reported from Los Angeles", "confirmed by the department") reports no claim. */
class AgentOrOccasionAfterCueTest {

    private static List<String> contents(String body) {
        AttributionExtractor.Extraction extraction = new AttributionExtractor().extract(TextDocument.of(body), () -> false);
        assertThat(extraction.complete()).isTrue();
        return extraction.attributions().stream().map(a -> body.substring(a.start(), a.end())).toList();
    }

    @Test
    void placeOrAgentAloneAfterTheCueIsNoClaim() {
        assertThat(contents("Lerer reported from Los Angeles.")).isEmpty();
        assertThat(contents("Senate Democrats blocked the package because of measures added by Republicans on other issues."))
                .isEmpty();
        assertThat(contents("The statement conflicted with what she told NBC News before her appearance Monday night.")).isEmpty();
    }

    @Test
    void aClauseAfterTheAdjunctIsStillTheClaim() {
        assertThat(contents("Clinton said before the debate that she would release the transcripts."))
                .containsExactly("she would release the transcripts");
        assertThat(contents("He said after the vote the party would unite behind its nominee."))
                .singleElement().asString().endsWith("the party would unite behind its nominee");
    }
}
