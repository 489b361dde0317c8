package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a claim's span starts and ends: what of the sentence around the content it leaves out, and what it keeps. */
class ClaimSpanBoundaryTest {

    @Test
    void trailingAttributionAfterAClosedQuotedPhraseIsLeftOut() {
        List<Found> found = extract("The senator pointed to his record and said he would \"protect our LGBTQ citizens,\" the report says.");
        assertThat(found).extracting(Found::content).containsExactly("he would \"protect our LGBTQ citizens,\"");
        assertThat(found.get(0).speaker()).isEqualTo("The senator");
        assertThat(extract("She said the deal was \u201cdead on arrival,\u201d two aides said.")).extracting(Found::content)
                .containsExactly("the deal was \u201cdead on arrival,\u201d");
    }

    @Test
    void reportedContentEndingInAQuotedPhraseKeepsItsClosingMark() {
        assertThat(extract("He said the plan was \"dead on arrival.\"")).extracting(Found::content)
                .containsExactly("the plan was \"dead on arrival.\"");
        assertThat(extract("Trump told the crowd that the wall would be \u201cbeautiful\u201d.")).extracting(Found::content)
                .allMatch(content -> content.endsWith("\u201cbeautiful\u201d"));
    }

    @Test
    void cueWithAnObjectOfItsOwnAfterAFinishedQuoteDoesNotAttributeIt() {
        assertThat(extract("\u201cThis is extremely irresponsible.\u201d The ministry said nothing.")).isEmpty();
        assertThat(extract("\u201cWe will win.\u201d The senator said in a statement."))
                .containsExactly(new Found("\u201cWe will win.\u201d", "The senator", "said"));
    }

    @Test
    void quoteThatCompletesTheWritersClauseIsClaimedWithThatClause() {
        assertThat(extract("The bill's failure was \"heartbreaking,\" she said."))
                .containsExactly(new Found("The bill's failure was \"heartbreaking,\"", "she", "said"));
        assertThat(extract("Clinton, though, would have to \u201cgo more to the center,\u201d the strategist said.")).extracting(Found::content)
                .containsExactly("Clinton, though, would have to \u201cgo more to the center,\u201d");
    }

    @Test
    void quoteIntroducedByAnOpeningPhraseOrACueBeforeItIsClaimedAlone() {
        assertThat(extract("In an interview, \"we will win the state,\" he said.")).extracting(Found::content)
                .containsExactly("\"we will win the state,\"");
        assertThat(extract("\"The plan is dead,\" he said.")).extracting(Found::content).containsExactly("\"The plan is dead,\"");
    }

    @Test
    void nameWithAnAppositionBeforeTheCueIsItsSubjectNotAClaim() {
        List<Found> found = extract("Alabama Sen. Jeff Sessions, a prominent Trump supporter, said the donations were akin to extortion.");
        assertThat(found).extracting(Found::content).containsExactly("the donations were akin to extortion");
        assertThat(found.get(0).speaker()).isEqualTo("Alabama Sen. Jeff Sessions");
        assertThat(extract("Bernie Sanders, who on Tuesday endorsed Clinton, said he agrees with the remarks."))
                .extracting(Found::content).containsExactly("he agrees with the remarks");
    }

    @Test
    void claimBeforeAnInvertedSpeakerWithAnApposition() {
        assertThat(extract("The economy is doing fine, said Smith, a Democrat."))
                .containsExactly(new Found("The economy is doing fine", "Smith", "said"));
    }

    @Test
    void quotedPhrasesJoinedByAndStayInTheContentOfAnOpeningSubordinateClause() {
        // the accusation after the clause is a claim of its own, its object and charge as annotated corpora span it
        assertThat(extract("Although he says he \"loves China,\" and \"people from China love me,\" he also accuses it of stealing jobs."))
                .extracting(Found::content).containsExactly("he \"loves China,\" and \"people from China love me,\"", "it of stealing jobs");
    }

    @Test
    void datelineOfAWireStoryIsNotPartOfTheClaim() {
        assertThat(extract("WASHINGTON (Reuters) - The Chinese government likely hacked computers at the Fed, officials said."))
                .extracting(Found::content).containsExactly("The Chinese government likely hacked computers at the Fed");
        assertThat(extract("MEXICO CITY \u2014 The bill's failure was \"heartbreaking,\" she said.")).extracting(Found::content)
                .containsExactly("The bill's failure was \"heartbreaking,\"");
        assertThat(extract("The US said the plan would fail.")).extracting(Found::content).containsExactly("the plan would fail");
    }

    @Test
    void dayRightAfterTheCueDatesTheStatementAndIsNotClaimed() {
        assertThat(extract("Clinton said Tuesday night she would win the state.")).extracting(Found::content)
                .containsExactly("she would win the state");
        assertThat(extract("Carson noted that Saturday would have been Reagan's birthday.")).extracting(Found::content)
                .containsExactly("Saturday would have been Reagan's birthday");
    }

    @Test
    void invertedSpeakerDescribedByAParticiplePhraseIsTheQuotesSpeakerNotAClaim() {
        assertThat(extract("\"They will spend tens of millions of dollars,\" said one Republican involved in the planning."))
                .containsExactly(new Found("\"They will spend tens of millions of dollars,\"", "one Republican", "said"));
    }

    @Test
    void attributionInARelativeClauseAfterItsSpeakerEndsWithThatClause() {
        List<Found> found = extract("Juanita Broaddrick, who said Clinton attacked her in 1978, recounted the incident on the radio.");
        assertThat(found).extracting(Found::content).containsExactly("Clinton attacked her in 1978");
        assertThat(extract("The senator, who has said that the deal was bad, will vote against it."))
                .extracting(Found::content).containsExactly("the deal was bad");
    }
}
