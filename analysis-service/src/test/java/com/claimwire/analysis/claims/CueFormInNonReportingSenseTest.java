package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cue word used as a modifier, a label or a plain noun reports nothing; the same word as a reporting verb still does. */
class CueFormInNonReportingSenseTest {

    private static List<String> contents(String body) {
        AttributionExtractor.Extraction extraction = new AttributionExtractor().extract(TextDocument.of(body), () -> false);
        assertThat(extraction.complete()).isTrue();
        return extraction.attributions().stream().map(a -> body.substring(a.start(), a.end())).toList();
    }

    @Test
    void pledgedDelegatesAreACountNotAPledge() {
        assertThat(contents("Clinton currently leads Sanders by roughly 270 pledged delegates as the season ends.")).isEmpty();
        assertThat(contents("Sanders has pledged to support Clinton as the nominee."))
                .containsExactly("to support Clinton as the nominee");
    }

    @Test
    void soCalledLabelsANameWithoutReportingIt() {
        assertThat(contents("The so called special relationship has been the cornerstone of British diplomacy.")).isEmpty();
        assertThat(contents("The so- called special relationship has been the cornerstone of British diplomacy.")).isEmpty();
        assertThat(contents("Sanders called the suspension arbitrary.")).containsExactly("the suspension arbitrary");
    }

    @Test
    void findingAWayIsAnAchievementNotAFinding() {
        assertThat(contents("The Vermont senator found ways to press his agenda through small provisions.")).isEmpty();
        assertThat(contents("It was not a tricky question, but Clinton found a way to make it so.")).isEmpty();
        assertThat(contents("A Quinnipiac poll found that Clinton would beat Trump in a general election."))
                .containsExactly("Clinton would beat Trump in a general election");
    }

    @Test
    void questionsAsAnObjectWithoutATopicReportNothing() {
        assertThat(contents("Mrs. Clinton spoke for about 30 minutes, took questions and posed for photos.")).isEmpty();
        assertThat(contents("He made those comments in response to follow-up questions from The Post.")).isEmpty();
        assertThat(contents("The candidates face bigger questions in light of the new fiscal outlook.")).isEmpty();
    }

    @Test
    void questionsWithATopicOrAsAVerbStillReport() {
        assertThat(contents("Clinton faced questions about what had gone wrong with her campaign."))
                .containsExactly("about what had gone wrong with her campaign");
        assertThat(contents("Sanders often questions Clinton's ties to super PACs."))
                .containsExactly("Clinton's ties to super PACs");
    }
}
