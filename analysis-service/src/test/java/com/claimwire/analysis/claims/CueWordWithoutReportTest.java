package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.contents;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sentences where a cue word, a quote or an opening phrase looks like an attribution but reports no claim: a cue word
 * used as a modifier, a label or a plain noun, a cue followed only by its place, agent or occasion; the same words as
 * reporting verbs still report.
 */
class CueWordWithoutReportTest {

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
