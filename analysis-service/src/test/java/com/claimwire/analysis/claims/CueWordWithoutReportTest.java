package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences where a cue word, a quote or an opening phrase looks like an attribution but reports no claim. */
class CueWordWithoutReportTest {

    private static List<String> contents(String body) {
        AttributionExtractor.Extraction extraction = new AttributionExtractor().extract(TextDocument.of(body), () -> false);
        assertThat(extraction.complete()).isTrue();
        return extraction.attributions().stream().map(a -> body.substring(a.start(), a.end())).toList();
    }

    @Test
    void foundInTheSenseOfEndingUpOrEstablishingReportsNothing() {
        assertThat(contents("Fox News found itself playing host to those candidates night after night.")).isEmpty();
        assertThat(contents("Roger Ailes helped found the network in 1996 with a clear strategy.")).isEmpty();
        assertThat(contents("The inspectors found the reactor had been shut down for months."))
                .containsExactly("the reactor had been shut down for months");
    }

    @Test
    void respondingByDoingSomethingIsAnActionUnlikeRespondingBySaying() {
        assertThat(contents("Clinton, clearly frustrated, responded by pointing a finger in the woman's face.")).isEmpty();
        assertThat(contents("Zucker responded by saying that the network does not pay candidates to attend."))
                .singleElement().asString().endsWith("the network does not pay candidates to attend");
    }

    @Test
    void longOccasionBeforeTheSpeakerIsNotTheClaim() {
        assertThat(contents("In a press release earlier this month, the committee said about its new platform:"))
                .noneMatch(content -> content.startsWith("In a press release"));
    }

    @Test
    void quotedTitleFollowedByATimeIsNotAttributedToTheCueAfterIt() {
        assertThat(contents("On ABC's \u201cGood Morning America\u201d Tuesday, he said, \u201cI never said I was going to pay for fees.\u201d"))
                .containsExactly("\u201cI never said I was going to pay for fees.\u201d");
    }

    @Test
    void quotedTitleOfAShowBookOrSloganIsNoClaim() {
        assertThat(contents("She was showing off the \u201cMake America Great Again\u201d hat she wore.")).isEmpty();
        assertThat(contents("\"We can win this,\" Christie said on ABC's \"This Week With George Stephanopoulos.\""))
                .containsExactly("\"We can win this,\"");
    }

    @Test
    void occasionAloneAfterTheCueIsNoClaim() {
        assertThat(contents("Baker wrote in his memo to the staff.")).isEmpty();
        assertThat(contents("Clinton said during the first presidential debate.")).isEmpty();
        assertThat(contents("Trump has vowed to boycott the product.")).containsExactly("to boycott the product");
    }
}
