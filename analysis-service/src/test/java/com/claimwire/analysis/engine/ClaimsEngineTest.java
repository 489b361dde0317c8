package com.claimwire.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the engine finds in the common styles of quoting and reporting speech, and who it says spoke. */
class ClaimsEngineTest {

    private static ClaimsEngine engine;

    @BeforeAll
    static void engine() {
        engine = ClaimsEngine.withDefaults();
    }

    private static List<Claim> claims(String body) {
        ArticleReceived article = new ArticleReceived(ArticleReceived.SCHEMA_VERSION, "t-1", 1, "https://example.org/t",
                null, "Title", body, null, null, "en", List.of(), null, null, Instant.parse("2024-01-01T00:00:00Z"));
        ArticleAnalyzed analyzed = engine.analyze(article, Duration.ofSeconds(10));
        assertThat(analyzed.analysis().partial()).isFalse();
        return analyzed.claims();
    }

    private static Claim only(String body) {
        List<Claim> claims = claims(body);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void straightQuoteAttributedAfterwards() {
        Claim claim = only("\"The plan will fail,\" Senator Jane Smith said on Tuesday.");
        assertThat(claim.text()).isEqualTo("\"The plan will fail,\"");
        assertThat(claim.direct()).isTrue();
        assertThat(claim.cue().text()).isEqualTo("said");
        assertThat(claim.speaker().name()).isEqualTo("Jane Smith");
        assertThat(claim.speaker().role()).isEqualTo("Senator");
        assertThat(claim.speaker().mention().text()).isEqualTo("Senator Jane Smith");
        assertThat(claim.id()).isEqualTo(ClaimIds.claimId("t-1", claim.start(), claim.end()));
    }

    @Test
    void curlyQuoteWithInvertedCue() {
        Claim claim = only("\u201cIt is highly unusual for a mistake to slip into a speech,\u201d said Matt Latimer, a former speechwriter.");
        assertThat(claim.text()).isEqualTo("\u201cIt is highly unusual for a mistake to slip into a speech,\u201d");
        assertThat(claim.speaker().name()).isEqualTo("Matt Latimer");
    }

    @Test
    void guillemetsAndCueBeforeTheQuote() {
        Claim claim = only("Chancellor Olaf Scholz told reporters: \u00abWe will deliver the tanks next month.\u00bb");
        assertThat(claim.text()).isEqualTo("\u00abWe will deliver the tanks next month.\u00bb");
        assertThat(claim.speaker().name()).isEqualTo("Olaf Scholz");
        assertThat(claim.type()).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void speakerColonQuote() {
        Claim claim = only("Trump: \"Nobody has done more for the economy than me.\"");
        assertThat(claim.speaker().name()).isEqualTo("Trump");
        assertThat(claim.text()).isEqualTo("\"Nobody has done more for the economy than me.\"");
    }

    @Test
    void multiSentenceQuoteGivesOneClaimPerSentenceWithTheSameSpeaker() {
        List<Claim> claims = claims("\"Prices are falling. Wages are rising. The recovery is real,\" the minister said.");
        assertThat(claims).extracting(Claim::text)
                .containsExactly("\"Prices are falling.", "Wages are rising.", "The recovery is real,\"");
        assertThat(claims).allSatisfy(claim -> assertThat(claim.speaker().mention().text()).isEqualTo("the minister"));
    }

    @Test
    void aQuotedSentenceThatOnlyContinuesTheOneBeforeStaysInItsClaim() {
        List<Claim> claims = claims("\"We will not raise taxes. And that is a promise. Spending will fall by a tenth. "
                + "Is that painful? Yes,\" the minister said.");
        assertThat(claims).extracting(Claim::text).containsExactly(
                "\"We will not raise taxes. And that is a promise.",
                "Spending will fall by a tenth. Is that painful? Yes,\"");
        assertThat(claims).allSatisfy(claim -> assertThat(claim.speaker().mention().text()).isEqualTo("the minister"));
    }

    @Test
    void aContinuationAcrossTheAttributionJoinsTheClaimBeforeTheCue() {
        List<Claim> claims = claims("\"The report is accurate,\" Senator Ruth Hale said. \"It was written by experts.\"");
        assertThat(claims).extracting(Claim::text)
                .containsExactly("\"The report is accurate,\" Senator Ruth Hale said. \"It was written by experts.\"");
        assertThat(claims.get(0).cue().text()).isEqualTo("said");
    }

    @Test
    void aContinuationOfAnotherSpeakersQuoteStaysItsOwnClaim() {
        List<Claim> claims = claims("\"The report is accurate,\" Senator Ruth Hale said.\n\n"
                + "\"It is a fabrication,\" Governor Tom Price said.");
        assertThat(claims).extracting(claim -> claim.speaker().name()).containsExactly("Ruth Hale", "Tom Price");
    }

    @Test
    void interruptedQuoteIsOneSentence() {
        Claim claim = only("\u201cI am not as well worded,\u201d he said, \u201cbecause Mike can say this stuff quickly.\u201d");
        assertThat(claim.text()).startsWith("\u201cI am not as well worded").endsWith("say this stuff quickly.\u201d");
    }

    @Test
    void paragraphContinuingAQuoteWithoutAClosingMarkKeepsTheSpeaker() {
        List<Claim> claims = claims("\"We will rebuild the bridge,\" Mayor Ann Lee said. \"Work will take two years.\n\n"
                + "\"And we will pay for it without new taxes.\"\n\nThe council meets on Monday.");
        assertThat(claims).extracting(Claim::text).containsExactly("\"We will rebuild the bridge,\"", "\"Work will take two years.",
                "\"And we will pay for it without new taxes.\"");
        assertThat(claims).allSatisfy(claim -> assertThat(claim.speaker().name()).isEqualTo("Ann Lee"));
    }

    @Test
    void quoteWithoutItsOpeningMarkIsRecoveredAfterTheCue() {
        List<Claim> claims = claims("\"We will not be indifferent,\" Amir Karimi underlined, adding, Our position is the cessation of the war.\"");
        assertThat(claims).extracting(Claim::text)
                .containsExactly("\"We will not be indifferent,\"", "Our position is the cessation of the war.\"");
        assertThat(claims.get(1).cue().text()).isEqualTo("adding");
        assertThat(claims.get(1).speaker().name()).isEqualTo("Amir Karimi");
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        Claim claim = only("\"He told me 'never again' and I believed him,\" she said of her former partner.");
        assertThat(claim.text()).isEqualTo("\"He told me 'never again' and I believed him,\"");
    }

    @Test
    void doubledApostrophesQuote() {
        Claim claim = only("''I would have been all in,'' Mr. Regalado, the Republican mayor of Miami, said.");
        assertThat(claim.text()).isEqualTo("''I would have been all in,''");
        assertThat(claim.speaker().mention().text()).isEqualTo("Mr. Regalado");
    }

    @Test
    void reportedSpeechWithThat() {
        Claim claim = only("The Iranian foreign minister said that Tehran is ready to hold technical meetings.");
        assertThat(claim.text()).isEqualTo("Tehran is ready to hold technical meetings");
        assertThat(claim.direct()).isFalse();
        assertThat(claim.speaker().mention().text()).isEqualTo("The Iranian foreign minister");
    }

    @Test
    void toldSomeoneThat() {
        Claim claim = only("Kuleba told reporters on Friday that Ukraine has evidence of the deliveries.");
        assertThat(claim.text()).isEqualTo("Ukraine has evidence of the deliveries");
        assertThat(claim.cue().text()).isEqualTo("told");
        assertThat(claim.speaker().name()).isEqualTo("Kuleba");
    }

    @Test
    void contentFirstThenSpeakerAndCue() {
        Claim claim = only("The strikes hit a power station in the east, a US official said.");
        assertThat(claim.text()).isEqualTo("The strikes hit a power station in the east");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(claim.speaker().name()).isEqualTo("US official");
    }

    @Test
    void accordingToBeforeAndAfter() {
        List<Claim> claims = claims("According to the Pentagon, the drones were built in Iran. "
                + "Several hundred drones were delivered, according to a senior official.");
        assertThat(claims).extracting(Claim::text)
                .containsExactly("the drones were built in Iran", "Several hundred drones were delivered");
        assertThat(claims).extracting(claim -> claim.cue().text()).containsOnly("According to", "according to");
    }

    @Test
    void rejectedClaimsThatIsADenialByTheSubject() {
        Claim claim = only("Both Iran and Russia have repeatedly rejected claims that Tehran has provided Moscow with drones.");
        assertThat(claim.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(claim.speaker().name()).isEqualTo("Iran and Russia");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.GOVERNMENT);
        assertThat(claim.text()).contains("Tehran has provided Moscow with drones");
    }

    @Test
    void possessiveAllegationThat() {
        Claim claim = only("Prosecutors rejected Smith's allegation that the evidence had been planted.");
        assertThat(claim.text()).isEqualTo("Smith's allegation that the evidence had been planted");
    }

    @Test
    void participleCueSharesTheSubject() {
        List<Claim> claims = claims("He said the policy is clear, adding that Tehran is ready to talk.");
        assertThat(claims).extracting(Claim::text).containsExactly("the policy is clear", "Tehran is ready to talk");
        assertThat(claims.get(1).speaker().mention().text()).isEqualTo("He");
    }

    @Test
    void pronounsResolveToTheLastSpeakerOfTheirGender() {
        List<Claim> claims = claims("Hillary Clinton said the economy is improving. Bernie Sanders said wages are stagnant. "
                + "She said the minimum wage must rise. He said the banks must be broken up.");
        assertThat(claims).extracting(claim -> claim.speaker().name())
                .containsExactly("Hillary Clinton", "Bernie Sanders", "Hillary Clinton", "Bernie Sanders");
    }

    @Test
    void pronounPrefersAPersonKnownToMatchOverOneOfUnknownGender() {
        List<Claim> claims = claims("Maria Kowalczyk, the head of the union, met Tomasz Nowak on Monday. "
                + "She told reporters the strike would continue. Nowak said the talks had failed. "
                + "He added that the government would not back down. \"We will not give up,\" she said.");
        assertThat(claims).extracting(claim -> claim.speaker().name())
                .containsExactly("Maria Kowalczyk", "Tomasz Nowak", "Tomasz Nowak", "Maria Kowalczyk");
        assertThat(claims.get(0).speaker().role()).isEqualTo("head of the union");
    }

    @Test
    void pronounGenderIsLearntFromTheArticle() {
        List<Claim> claims = claims("Jan Zielinski announced his resignation on Friday. Later, Anna Berg criticised the "
                + "decision. He said he had been forced out.");
        assertThat(claims).last().satisfies(claim -> assertThat(claim.speaker().name()).isEqualTo("Jan Zielinski"));
    }

    @Test
    void quotedAsSayingTakesTheSubject() {
        Claim claim = only("Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily as saying that no member has asked for a meeting.");
        assertThat(claim.speaker().name()).isEqualTo("Ali al-Khalifa al-Sabah");
        assertThat(claim.speaker().role()).isEqualTo("Sheikh");
        assertThat(claim.text()).isEqualTo("no member has asked for a meeting");
    }

    @Test
    void wrappedWireCopyLinesStayInOneSentence() {
        Claim claim = only("Kuwait's oil minister said in a newspaper\ninterview that there were no plans for an emergency OPEC\n"
                + "meeting after the recent weakness in world oil prices.\n    Crude prices fell sharply last week.");
        assertThat(claim.text()).startsWith("there were no plans").endsWith("world oil prices");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(claim.speaker().name()).isEqualTo("Kuwait's oil minister");
    }

    @Test
    void headlineWithSpeakerAndColon() {
        Claim claim = only("Cruz: Trump would put liberals on the court\n\nThe race tightened.");
        assertThat(claim.speaker().name()).isEqualTo("Cruz");
        assertThat(claim.text()).isEqualTo("Trump would put liberals on the court");
    }

    @Test
    void surnameResolvesToTheFullName() {
        List<Claim> claims = claims("Foreign Minister Hossein Amir-Abdollahian met his counterpart on Friday. "
                + "\"We sent a small number of drones,\" Amir-Abdollahian said.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).speaker().name()).isEqualTo("Hossein Amir-Abdollahian");
        assertThat(claims.get(0).speaker().role()).isEqualTo("Foreign Minister");
    }

    @Test
    void roleDescriptionResolvesToThePersonWithThatRole() {
        List<Claim> claims = claims("Ukrainian Foreign Minister Dmytro Kuleba spoke with US Secretary of State Antony Blinken. "
                + "The Ukrainian minister said the talks were productive.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).speaker().name()).isEqualTo("Dmytro Kuleba");
    }

    @Test
    void counterpartResolvesThroughTheApposition() {
        List<Claim> claims = claims("Iranian Foreign Minister Hossein Amir-Abdollahian phoned his Ukrainian counterpart Dmytro Kuleba. "
                + "His Ukrainian counterpart said Kyiv would present evidence.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).speaker().name()).isEqualTo("Dmytro Kuleba");
    }

    @Test
    void cityStandingForAGovernmentIsCanonicalised() {
        Claim claim = only("Tehran said the accusations were baseless.");
        assertThat(claim.speaker().name()).isEqualTo("Iran");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.GOVERNMENT);
        assertThat(claim.type()).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void organisationsSpeak() {
        Claim claim = only("The New York Post reports that the campaign avoided the emergency room.");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(claim.speaker().name()).isEqualTo("New York Post");
    }

    @Test
    void scareQuotesAreNotClaims() {
        assertThat(claims("The company called the results \"solid\" in its annual report.")).noneMatch(Claim::direct);
    }

    @Test
    void narrationWithoutAttributionHasNoClaims() {
        assertThat(claims("The bridge was built in 1932. It carries 40,000 cars a day.")).isEmpty();
    }

    @Test
    void claimsCarryTheirEntitiesAndTopics() {
        Claim claim = only("\"Iran sent drones to Russia,\" a US official said.");
        assertThat(claim.entities()).contains("Iran", "Russia");
        assertThat(claim.embedding()).isNull();
    }

    @Test
    void shortQuoteOpeningItsSentenceIsAttributedPastTheSpeakersAppositionAndAddressee() {
        List<Claim> claims = claims("''He deserved it,'' the assailant, John McGraw, told the television program ''Inside Edition'' after the fight.");
        assertThat(claims).extracting(Claim::text).containsExactly("''He deserved it,''");
        assertThat(claims.get(0).speaker().mention().text()).isEqualTo("the assailant");
    }

    @Test
    void quoteThatEndsItsSentenceLeavesTheNextCueToItsOwnReportedSpeech() {
        List<Claim> claims = claims("Obama condemned \"what appears to be a horrific attack in Nice, France.\" He said he had directed his"
                + " team to get in touch with French officials.");
        assertThat(claims).extracting(Claim::text).contains("he had directed his team to get in touch with French officials");
        assertThat(claims).filteredOn(Claim::direct).isEmpty();
    }

    @Test
    void parenthesisedPartyAndStateStayWithTheSpeakerAndTheOccasionIsNoClaim() {
        Claim claim = only("\"It reminds us how important this election is,\" Sen. Marco Rubio (R-Fla.) said Saturday night at the"
                + " debate, which was sponsored by CBS News.");
        assertThat(claim.text()).isEqualTo("\"It reminds us how important this election is,\"");
        assertThat(claim.speaker().name()).isEqualTo("Marco Rubio");
    }

    @Test
    void subjectWithAnAppositionSpeaksForwardsWhenWhatFollowsTheCueIsNoPerson() {
        Claim claim = only("Christopher Harvey, a delegate from Houston, Texas, said the turmoil at this week's convention was"
                + " part of the circus.");
        assertThat(claim.text()).isEqualTo("the turmoil at this week's convention was part of the circus");
        assertThat(claim.speaker().name()).isEqualTo("Christopher Harvey");
    }

    @Test
    void participleAfterTheCueDescribesTheSpeakerNotTheClaim() {
        Claim claim = only("Sales were great, he said, wiping sweat off his face.");
        assertThat(claim.text()).isEqualTo("Sales were great");
    }

    @Test
    void shareOfAGroupSpeaksInPolls() {
        List<Claim> claims = claims("In Texas, half of GOP primary voters said they were angry about it. About 26 percent of"
                + " Democrats say they have not been paying attention.");
        assertThat(claims).extracting(claim -> claim.speaker().mention().text())
                .containsExactly("half of GOP primary voters", "About 26 percent of Democrats");
    }

    @Test
    void finiteVerbAfterButGoesOnWithTheSpeakersClause() {
        Claim claim = only("Ayotte says she is going to vote for Trump but has withheld her endorsement.");
        assertThat(claim.text()).isEqualTo("she is going to vote for Trump");
    }

    @Test
    void occasionBeforeTheSpeakerIsNoClaim() {
        assertThat(claims("During the Democratic debate in Brooklyn, Clinton said.")).isEmpty();
    }

    @Test
    void quotationGranularityJoinsTheSentencesOfOneQuoteAcrossItsAttribution() {
        String body = "\"Prices are falling,\" the minister said. \"Wages are rising. The recovery is real.\"\n\n"
                + "\"We will cut taxes,\" the premier said.";
        ArticleReceived article = new ArticleReceived(ArticleReceived.SCHEMA_VERSION, "t-2", 1, "https://example.org/t",
                null, "Title", body, null, null, "en", List.of(), null, null, Instant.parse("2024-01-01T00:00:00Z"));

        List<Claim> quotations = ClaimsEngine.withDefaults(ClaimGranularity.QUOTATION).analyze(article, Duration.ofSeconds(10)).claims();
        List<Claim> sentences = engine.analyze(article, Duration.ofSeconds(10)).claims();

        assertThat(quotations).extracting(Claim::text).containsExactly(
                "\"Prices are falling,\" the minister said. \"Wages are rising. The recovery is real.\"", "\"We will cut taxes,\"");
        assertThat(quotations.get(0).speaker().mention().text()).isEqualTo("the minister");
        assertThat(quotations.get(0).cue().text()).isEqualTo("said");
        assertThat(sentences).extracting(Claim::text).containsExactly(
                "\"Prices are falling,\"", "\"Wages are rising.", "The recovery is real.\"", "\"We will cut taxes,\"");
    }

    @Test
    void aTalkShowIsAProgrammeNotAShowingOfSomething() {
        assertThat(claims("He also hosts a Sunday talk show that airs on cable networks across the country.")).isEmpty();
    }

    @Test
    void sourcesCloseToSomeoneSpeakAsOneMention() {
        Claim claim = only("At times last year, people close to the vice president said, the mere mention of her name could"
                + " make him fume.");
        assertThat(claim.text()).isEqualTo("the mere mention of her name could make him fume");
        assertThat(claim.speaker().mention().text()).isEqualTo("people close to the vice president");
    }
    @Test
    void asClauseOpeningTheSentenceNamesTheSourceOfTheRest() {
        Claim claim = only("As the Herald reported on Monday, the council agreed to sell the old library.");
        assertThat(claim.text()).isEqualTo("the council agreed to sell the old library");
        assertThat(claim.cue().text()).isEqualTo("reported");
        assertThat(claim.speaker().mention().text()).isEqualTo("the Herald");
    }

    @Test
    void asClauseClosingTheSentenceNamesTheSourceOfWhatCameBefore() {
        Claim claim = only("Fuel prices will rise again next spring, as the minister noted.");
        assertThat(claim.text()).isEqualTo("Fuel prices will rise again next spring");
        assertThat(claim.speaker().mention().text()).isEqualTo("the minister");
    }

    @Test
    void parentheticalAttributionKeepsTheSentenceItInterrupts() {
        Claim claim = only("Any attempt to fix the bridge this year, the engineer said, would cost twice as much.");
        assertThat(claim.text()).isEqualTo("Any attempt to fix the bridge this year, the engineer said, would cost twice as much");
        assertThat(claim.cue().text()).isEqualTo("said");
        assertThat(claim.speaker().mention().text()).isEqualTo("the engineer");
    }

    @Test
    void parentheticalAttributionLeavesOutTheWritersApposition() {
        Claim claim = only("Farmers hit by the drought will receive direct payments, the minister said, a measure that will"
                + " cost billions.");
        assertThat(claim.text()).isEqualTo("Farmers hit by the drought will receive direct payments");
        assertThat(claim.speaker().mention().text()).isEqualTo("the minister");
    }

    @Test
    void secondVerbOfSayingJoinedByAndStartsAClaimOfItsOwn() {
        List<Claim> claims = claims("The mayor said the budget was balanced and promised that no library would close.");
        assertThat(claims).extracting(Claim::text).containsExactly("the budget was balanced", "no library would close");
        assertThat(claims).extracting(claim -> claim.cue().text()).containsExactly("said", "promised");
        assertThat(claims).extracting(claim -> claim.speaker().mention().text()).containsExactly("The mayor", "The mayor");
    }
    @Test
    void accordingToSetOffInsideTheSentenceKeepsTheSentenceAroundIt() {
        Claim claim = only("One of the options the board has weighed, according to two people familiar with the talks, is to"
                + " sell the stadium.");
        assertThat(claim.text()).isEqualTo("One of the options the board has weighed, according to two people familiar with"
                + " the talks, is to sell the stadium");
        assertThat(claim.speaker().mention().text()).isEqualTo("two people familiar with the talks");
    }

    @Test
    void whatIsPromisedFollowsTo() {
        Claim claim = only("The governor promised to veto any bill that raises the sales tax.");
        assertThat(claim.text()).isEqualTo("to veto any bill that raises the sales tax");
        assertThat(claim.cue().text()).isEqualTo("promised");
        assertThat(claim.type()).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void blamingSomeoneIsReportedSpeech() {
        Claim claim = only("The union blamed the airline for the cancelled flights.");
        assertThat(claim.text()).isEqualTo("the airline for the cancelled flights");
        assertThat(claim.speaker().mention().text()).isEqualTo("The union");
    }

    @Test
    void aVerbWithAParticleIsAnotherVerb() {
        assertThat(claims("Hundreds of protesters showed up outside the court house on Friday morning.")).isEmpty();
    }

    @Test
    void mannerOfSpeakingVerbAttributesAnAdjacentQuote() {
        Claim claim = only("\"Nobody in this town has ever seen a budget like this,\" scoffed Ann Gil, a council member.");
        assertThat(claim.text()).isEqualTo("\"Nobody in this town has ever seen a budget like this,\"");
        assertThat(claim.speaker().mention().text()).isEqualTo("Ann Gil");
    }

    @Test
    void beliefWithAContentClauseIsAClaimOfItsHolder() {
        Claim believed = only("Officials believe the attack was planned.");
        assertThat(believed.text()).isEqualTo("the attack was planned");
        assertThat(believed.cue().text()).isEqualTo("believe");
        assertThat(believed.speaker().mention().text()).isEqualTo("Officials");

        Claim convinced = only("She is convinced that the vote was rigged.");
        assertThat(convinced.text()).isEqualTo("the vote was rigged");
        assertThat(convinced.cue().text()).isEqualTo("is convinced");

        Claim hoped = only("He hopes to win the nomination in July.");
        assertThat(hoped.text()).isEqualTo("to win the nomination in July");
    }

    @Test
    void pollThatFindsAClauseSpeaksForIt() {
        Claim claim = only("A new poll found that most voters distrust both candidates.");
        assertThat(claim.text()).isEqualTo("most voters distrust both candidates");
        assertThat(claim.speaker().mention().text()).isEqualTo("A new poll");
        assertThat(claim.type()).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void beliefVerbWithAnObjectRatherThanAClauseIsNoClaim() {
        assertThat(claims("She knows the city well and visits it often.")).isEmpty();
    }

    @Test
    void possessiveBeliefNounThatIsAClaim() {
        Claim claim = only("The report reinforced Governor Smith's fear that the plant would close.");
        assertThat(claim.text()).isEqualTo("the plant would close");
        assertThat(claim.cue().text()).isEqualTo("fear");
    }

    @Test
    void cueInsideAnOpeningSubordinateClauseReportsOnlyUpToItsComma() {
        Claim claim = only("While the president has repeatedly said he opposes sending troops abroad, his administration"
                + " carves out exceptions.");
        assertThat(claim.text()).isEqualTo("he opposes sending troops abroad");
        assertThat(claim.speaker().mention().text()).isEqualTo("the president");
    }

    @Test
    void leadingDiscourseMarkerIsFramingNotContent() {
        assertThat(only("\"But unfortunately, the other side did not attend the meeting,\" the minister said.").text())
                .isEqualTo("the other side did not attend the meeting");
        assertThat(only("\"Of course, we will not be indifferent to this issue,\" the minister said.").text())
                .isEqualTo("we will not be indifferent to this issue");
        assertThat(only("But he operates on a different principle, he said.").text())
                .as("a bare conjunction is kept").isEqualTo("But he operates on a different principle");
    }

    @Test
    void performativePrefaceIsFramingNotContent() {
        Claim claim = only("\"I would like to emphasize here that the claims are completely wrong,\" he said.");
        assertThat(claim.text()).isEqualTo("the claims are completely wrong");
        assertThat(claim.type()).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void quantifierOrPercentageStandsAsTheSpeaker() {
        assertThat(only("Several said they would rather see block grants.").speaker().mention().text()).isEqualTo("Several");
        assertThat(only("In Virginia, 85% of Democrats said the economic system favors the wealthy.").speaker().mention().text())
                .isEqualTo("85% of Democrats");
        assertThat(only("Some reports say the deal is dead.").speaker().mention().text())
                .as("a claim noun after a quantifier is still a noun").isEqualTo("Some reports");
    }
}
