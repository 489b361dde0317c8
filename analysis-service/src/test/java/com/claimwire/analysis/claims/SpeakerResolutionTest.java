package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.engine.ClaimsEngine;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who the speaker of a claim is, in short news paragraphs written for this specification: pronouns, roles and
 * surnames resolve to the person introduced earlier; titles become roles; organisations, governments and
 * unnamed sources keep their kind.
 */
class SpeakerResolutionTest {

    private static ClaimsEngine engine;

    @BeforeAll
    static void engine() {
        engine = ClaimsEngine.withDefaults();
    }

    private static List<Claim> claims(String body) {
        ArticleReceived article = new ArticleReceived(ArticleReceived.SCHEMA_VERSION, "spec", 1, "https://example.org/spec",
                null, "Title", body, null, null, "en", List.of(), null, null, Instant.parse("2024-01-01T00:00:00Z"));
        ArticleAnalyzed analyzed = engine.analyze(article, Duration.ofSeconds(10));
        assertThat(analyzed.analysis().partial()).isFalse();
        return analyzed.claims();
    }

    private static Speaker speakerOf(List<Claim> claims, String claimStart) {
        return claims.stream().filter(claim -> claim.text().contains(claimStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + claimStart + "' in " + claims.stream()
                        .map(Claim::text).toList()))
                .speaker();
    }

    private static String nameOf(List<Claim> claims, String claimStart) {
        return speakerOf(claims, claimStart).name();
    }

    @Test
    void aNameSetOffByCommasAfterADescriptionIsTheSpeakerAndTheDescriptionHisRole() {
        List<Claim> claims = claims("""
                A harbour spokesman, Jonas Brekke, told reporters that the ferry would resume on Friday.

                One of the mayor's aides, Lina Sund, said the budget vote had been postponed.""");
        Speaker spokesman = speakerOf(claims, "the ferry would resume");
        assertThat(spokesman.name()).isEqualTo("Jonas Brekke");
        assertThat(spokesman.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(spokesman.role()).isEqualTo("harbour spokesman");
        assertThat(nameOf(claims, "the budget vote had been postponed")).isEqualTo("Lina Sund");
    }

    @Test
    void aShareOfAGroupIsAnUnnamedSpeakerNamedByTheGroupWithTheShareAsItsRole() {
        List<Claim> claims = claims("""
                The council met on Monday. Most of the councillors said the plan was too expensive.""");
        Speaker speaker = speakerOf(claims, "the plan was too expensive");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(speaker.name()).isEqualTo("councillors");

        Speaker voters = speakerOf(claims("""
                A poll was published on Sunday. About 62% of Greens said the tax was fair."""), "the tax was fair");
        assertThat(voters.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(voters.name()).isEqualTo("Greens");
        assertThat(voters.role()).isEqualTo("About 62% of Greens");
    }

    @Test
    void heAddedAfterAQuoteGoesToTheManWhenAWomanSpokeInBetween() {
        List<Claim> claims = claims("""
                "The reservoir is nearly empty," Mr. Tomas Lindqvist, the water board's director, said on Monday.

                Ms. Greta Holm, who chairs the regional council, said the board had been warned in spring.

                "We ask every household to save water," he added.""");
        assertThat(nameOf(claims, "We ask every household")).isEqualTo("Tomas Lindqvist");
        assertThat(nameOf(claims, "the board had been warned")).isEqualTo("Greta Holm");
    }

    @Test
    void sheSaidFollowsTheGenderOfAKnownFirstName() {
        List<Claim> claims = claims("""
                Robert Okafor, the union's treasurer, said the accounts were in order. Linda Marsh disagreed.

                "Nobody has seen the ledgers for two years," she said.""");
        assertThat(nameOf(claims, "Nobody has seen the ledgers")).isEqualTo("Linda Marsh");
    }

    @Test
    void pronounGoesToThePersonTheLastSentenceIsAbout() {
        List<Claim> claims = claims("""
                "The port will reopen next week," the harbour master Piet de Vries said.

                Later, Finance Minister Karel Brandt visited the docks. He said the government would cover the losses.""");
        assertThat(nameOf(claims, "the government would cover")).isEqualTo("Karel Brandt");
    }

    @Test
    void heWhoseGenderIsLearntFromAnEarlierPronounIsPreferredOverAWoman() {
        List<Claim> claims = claims("""
                Dana Whitfield said the plant would close. Chris Amato, who founded the firm, said his workers had not been told.

                "It is a betrayal," he said.""");
        assertThat(nameOf(claims, "It is a betrayal")).isEqualTo("Chris Amato");
    }

    @Test
    void roleDescriptionsResolveToThePersonIntroducedWithThatRole() {
        List<Claim> claims = claims("""
                Iranian Foreign Minister Ahmad Rezaei met his Ukrainian counterpart Olena Kovalenko in Geneva on Tuesday.

                The Iranian foreign minister said his country had not sent weapons. His Ukrainian counterpart said Kyiv had \
                evidence of the opposite.

                The minister said talks would continue.""");
        assertThat(nameOf(claims, "his country had not sent")).isEqualTo("Ahmad Rezaei");
        assertThat(speakerOf(claims, "his country had not sent").role()).isEqualTo("Iranian Foreign Minister");
        assertThat(nameOf(claims, "Kyiv had evidence")).isEqualTo("Olena Kovalenko");
        assertThat(nameOf(claims, "talks would continue")).isEqualTo("Ahmad Rezaei");
    }

    @Test
    void senatorAndGovernorDescriptionsMatchAbbreviatedTitles() {
        List<Claim> claims = claims("""
                Sen. Harold Finch and Gov. Maria Alvarez toured the flooded towns on Saturday.

                The senator said federal aid was on its way. The governor said the state would rebuild every bridge.""");
        assertThat(nameOf(claims, "federal aid was on its way")).isEqualTo("Harold Finch");
        assertThat(nameOf(claims, "the state would rebuild")).isEqualTo("Maria Alvarez");
    }

    @Test
    void surnameAloneIsThePersonNamedInFullEarlier() {
        List<Claim> claims = claims("""
                President Joe Biden met European leaders in Brussels on Thursday.

                Biden said the alliance had never been stronger.""");
        Speaker speaker = speakerOf(claims, "the alliance had never");
        assertThat(speaker.name()).isEqualTo("Joe Biden");
        assertThat(speaker.role()).isEqualTo("President");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void titleInFrontOfTheNameBecomesTheRole() {
        List<Claim> claims = claims("\"Inflation has peaked,\" said Treasury Secretary Janet Morrow.");
        Speaker speaker = speakerOf(claims, "Inflation has peaked");
        assertThat(speaker.name()).isEqualTo("Janet Morrow");
        assertThat(speaker.role()).isEqualTo("Treasury Secretary");
    }

    @Test
    void aDescriptionBeforeTheNameIsNotPartOfTheName() {
        List<Claim> claims = claims("""
                The Daily Herald columnist Ruth Caldwell wrote that the mayor had misled voters. \
                "He knew the budget was short," she wrote.""");
        assertThat(speakerOf(claims, "the mayor had misled").name()).isEqualTo("Ruth Caldwell");
        assertThat(speakerOf(claims, "the mayor had misled").kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(nameOf(claims, "He knew the budget")).isEqualTo("Ruth Caldwell");
    }

    @Test
    void possessiveNameIsThePerson() {
        List<Claim> claims = claims("""
                Donald Trump's lawyer filed the appeal. Donald Trump said the ruling was a disgrace. \
                "It is a witch hunt," he said.""");
        assertThat(nameOf(claims, "It is a witch hunt")).isEqualTo("Donald Trump");
    }

    @Test
    void theyResolvesToTheOrganisationThatSpokeLast() {
        List<Claim> claims = claims("""
                The Federation of Dock Workers said the strike would go ahead. They said the employers had ignored every offer.""");
        assertThat(speakerOf(claims, "the employers had ignored").name()).isEqualTo("Federation of Dock Workers");
        assertThat(speakerOf(claims, "the employers had ignored").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void theCompanyAndTheMinistryResolveToTheOrganisationNamedEarlier() {
        List<Claim> claims = claims("""
                Shares of Norvale Mining Corp. fell 12 percent after the Chilean Ministry of Mines suspended its licence.

                The company said it would appeal. The ministry said the licence had been suspended for safety reasons.""");
        assertThat(nameOf(claims, "it would appeal")).isEqualTo("Norvale Mining Corp");
        assertThat(speakerOf(claims, "it would appeal").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(nameOf(claims, "the licence had been suspended")).endsWith("Ministry of Mines");
    }

    @Test
    void speakerCarriesAcrossAParagraphBreakIntoAContinuedQuote() {
        List<Claim> claims = claims("""
                "We will not sign this agreement," said Defence Minister Irena Novak. "It gives away too much.

                "Our soldiers deserve better than that."

                Opposition leader Marek Hlavac said the minister was grandstanding.""");
        assertThat(nameOf(claims, "It gives away too much")).isEqualTo("Irena Novak");
        assertThat(nameOf(claims, "Our soldiers deserve better")).isEqualTo("Irena Novak");
        assertThat(nameOf(claims, "the minister was grandstanding")).isEqualTo("Marek Hlavac");
    }

    @Test
    void unnamedSourcesKeepTheirDescriptionAsRole() {
        List<Claim> claims = claims("""
                A US official said the shipment had left port. Officials said the cargo included spare parts. \
                Sources familiar with the talks said a deal was close.""");
        Speaker official = speakerOf(claims, "the shipment had left");
        assertThat(official.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(official.name()).isEqualTo("US official");
        assertThat(official.role()).isEqualTo("US official");
        assertThat(speakerOf(claims, "the cargo included").kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(speakerOf(claims, "a deal was close").kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(speakerOf(claims, "a deal was close").role()).isEqualTo("Sources familiar with the talks");
    }

    @Test
    void governmentsAreNamedByTheirCountry() {
        List<Claim> claims = claims("""
                Tehran said the sanctions were illegal. Washington said they would stay. The Kremlin said it had not been consulted.""");
        assertThat(speakerOf(claims, "the sanctions were illegal").name()).isEqualTo("Iran");
        assertThat(speakerOf(claims, "the sanctions were illegal").kind()).isEqualTo(SpeakerKind.GOVERNMENT);
        assertThat(nameOf(claims, "they would stay")).isEqualTo("United States");
        assertThat(nameOf(claims, "it had not been consulted")).isEqualTo("Russia");
    }

    @Test
    void theyAfterACountrySpeakerIsThatCountry() {
        List<Claim> claims = claims("""
                Both Iran and Russia have rejected claims that drones were delivered. They said the reports were fabricated.""");
        assertThat(nameOf(claims, "drones were delivered")).isEqualTo("Iran and Russia");
        assertThat(nameOf(claims, "the reports were fabricated")).isEqualTo("Iran and Russia");
    }

    @Test
    void aRoleThatNobodyWasIntroducedWithStaysADescription() {
        List<Claim> claims = claims("""
                Campaign spokesman Tim Rourke said the candidate would not debate. The inspector general said the audit was complete.""");
        assertThat(nameOf(claims, "the candidate would not")).isEqualTo("Tim Rourke");
        Speaker inspector = speakerOf(claims, "the audit was complete");
        assertThat(inspector.name()).isNotEqualTo("Tim Rourke");
        assertThat(inspector.kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void theyIsThePluralGroupThatIsTheSubjectOfARecentSentence() {
        List<Claim> claims = claims("""
                Senate Democrats blocked the spending bill on Tuesday. Hours later, they said the measure had been written in secret.""");
        Speaker group = speakerOf(claims, "the measure had been written");
        assertThat(group.name()).isEqualTo("Senate Democrats");
        assertThat(group.kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void theyIsTheGroupOfOfficialsWithItsModifiers() {
        List<Claim> claims = claims("""
                Senior administration officials briefed reporters at the Treasury on the relief plan. \
                They said the first payments would go out in March.""");
        assertThat(nameOf(claims, "the first payments would go out")).isEqualTo("Senior administration officials");
    }

    @Test
    void theyPrefersTheSubjectGroupToPlacesNamedAfterAPreposition() {
        List<Claim> claims = claims("""
                Dairy farmers blocked roads near the borders with Austria and Hungary on Monday.

                They said milk prices had fallen below the cost of production.""");
        assertThat(nameOf(claims, "milk prices had fallen")).isEqualTo("Dairy farmers");
    }

    @Test
    void theyIsTwoPeopleJoinedByAnd() {
        List<Claim> claims = claims("""
                Governor Ana Ruiz and Mayor Tom Berg toured the flooded district on Sunday. \
                They said the levee would be rebuilt by spring.""");
        Speaker both = speakerOf(claims, "the levee would be rebuilt");
        assertThat(both.name()).isEqualTo("Ana Ruiz and Tom Berg");
        assertThat(both.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void theyIsTwoCountriesJoinedByAndThatNoClaimHasNamedYet() {
        List<Claim> claims = claims("""
                Colombia and Ecuador closed their shared border after the clashes. They said the crossings would reopen once \
                the armed groups had withdrawn.""");
        assertThat(nameOf(claims, "the crossings would reopen")).isEqualTo("Colombia and Ecuador");
    }

    @Test
    void itIsAnOrganisationNeverAGroupOfPeople() {
        List<Claim> claims = claims("""
                The Federation of Dock Workers published its annual report on Friday. Several crane operators said the new \
                shifts were exhausting. It said the port had lost 200 jobs.""");
        assertThat(nameOf(claims, "the new shifts were exhausting")).isEqualTo("crane operators");
        assertThat(nameOf(claims, "the port had lost 200 jobs")).isEqualTo("Federation of Dock Workers");
    }

    @Test
    void aPastTenseVerbMakesALaterNameInTheSentenceItsSubject() {
        List<Claim> claims = claims("""
                In a long interview with the talk-show host Victor Pell, Senator Abel Drummond outlined his tax plan.

                He said the top rate would not rise.""");
        assertThat(nameOf(claims, "the top rate would not rise")).isEqualTo("Abel Drummond");
    }

    @Test
    void twoPeopleEquallySalientGoToTheOneNamedFirstOnEveryRun() {
        String body = """
                At the opening of the new depot yesterday morning Ridley Vance met Jory Okafor.

                He said the depot would employ 300 people.""";
        assertThat(nameOf(claims(body), "the depot would employ")).isEqualTo("Ridley Vance");
        assertThat(nameOf(claims(body), "the depot would employ")).isEqualTo("Ridley Vance");
    }

    @Test
    void aSpokesmanIntroducedOnlyByRoleIsTheSameUnnamedSpeakerLater() {
        List<Claim> claims = claims("""
                A White House spokesman said the president would sign the bill. Critics said the bill was rushed.

                The spokesman said the signing ceremony would be held on Friday.""");
        Speaker first = speakerOf(claims, "the president would sign");
        assertThat(first.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(first.role()).isEqualTo("White House spokesman");
        Speaker later = speakerOf(claims, "the signing ceremony");
        assertThat(later.name()).isEqualTo(first.name());
        assertThat(later.kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void aPersonIntroducedBySurnameAloneIsWhomHeRefersTo() {
        List<Claim> claims = claims("""
                Hargreaves, who has run the bakery on Mill Lane for thirty years, said the rent had doubled.

                "I cannot keep the doors open past June," he said.""");
        assertThat(nameOf(claims, "the rent had doubled")).isEqualTo("Hargreaves");
        assertThat(nameOf(claims, "I cannot keep the doors open")).isEqualTo("Hargreaves");
    }

    @Test
    void hisCampaignIsTheCampaignOfTheManTheTextIsAbout() {
        List<Claim> claims = claims("""
                Senator Abel Drummond toured the steel plant in Harlow on Monday.

                His campaign said the visit had been planned for months.""");
        Speaker campaign = speakerOf(claims, "the visit had been planned");
        assertThat(campaign.name()).isEqualTo("Drummond campaign");
        assertThat(campaign.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aNameInAppositionIsTheSpeakerRatherThanTheManHerDescriptionBelongsTo() {
        List<Claim> claims = claims("""
                Marek Novak was sentenced on Tuesday. "We need him at home," his wife, Ilona Novak, wrote in a letter to the court.

                On Wednesday, the head of the port authority, Carla M. Ostrander, said that the cranes were unsafe.
                She added that repairs would take a year.""");
        Speaker wife = speakerOf(claims, "We need him at home");
        assertThat(wife.name()).isEqualTo("Ilona Novak");
        assertThat(wife.role()).isEqualTo("wife");
        Speaker head = speakerOf(claims, "the cranes were unsafe");
        assertThat(head.name()).isEqualTo("Carla M. Ostrander");
        assertThat(head.role()).isEqualTo("head of the port authority");
        assertThat(nameOf(claims, "repairs would take a year")).isEqualTo("Carla M. Ostrander");
    }

    @Test
    void aRelativeOrAidesDescribedByHisIsNotTheManHimself() {
        List<Claim> claims = claims("""
                Tomas Berg was arrested on Monday. His lawyer said the charges were baseless.""");
        Speaker lawyer = speakerOf(claims, "the charges were baseless");
        assertThat(lawyer.name()).isNotEqualTo("Tomas Berg");
        assertThat(lawyer.kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void twoTitlesJoinedByAndMatchThePersonHoldingTheFirst() {
        List<Claim> claims = claims("""
                Sen. Ada Whitcombe toured the plant. Lionel Garza, the Republican candidate, said the plant should close.
                "Nobody is closing anything," the independent Vermont senator and Democratic presidential candidate told reporters.""");
        assertThat(nameOf(claims, "Nobody is closing anything")).isEqualTo("Ada Whitcombe");
    }

    @Test
    void theCompanyOrTheChipMakerIsTheOrganisationThatSpokeJustBefore() {
        List<Claim> claims = claims("""
                Norvella said on Friday that it had suspended 4,000 accounts. The company said the move had already produced results.

                Brightwave said its profits rose. The chip maker said demand was strong.""");
        Speaker norvella = speakerOf(claims, "it had suspended 4,000 accounts");
        assertThat(norvella.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        Speaker company = speakerOf(claims, "the move had already produced results");
        assertThat(company.name()).isEqualTo("Norvella");
        assertThat(company.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(nameOf(claims, "demand was strong")).isEqualTo("Brightwave");
    }

    @Test
    void aNameWhoseAppositionIsAKindOfOrganisationIsAnOrganisation() {
        List<Claim> claims = claims("""
                The council met on Monday. Harbour Watch, the conservation charity, warned that the dredging would kill the seagrass.
                The group said it would go to court.""");
        Speaker charity = speakerOf(claims, "the dredging would kill");
        assertThat(charity.name()).isEqualTo("Harbour Watch");
        assertThat(charity.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(nameOf(claims, "it would go to court")).isEqualTo("Harbour Watch");
    }

    @Test
    void aBareQuantifierIsAShareOfTheGroupJustNamedAndBothIsThePair() {
        List<Claim> claims = claims("""
                The mayor's supporters showed no sign of backing down on Tuesday. In interviews, several threatened to disrupt the convention.

                Ada Whitcombe and Lionel Garza met on Monday. Both said the talks were useful.""");
        Speaker several = speakerOf(claims, "to disrupt the convention");
        assertThat(several.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(several.name()).endsWith("supporters");
        assertThat(several.role()).startsWith("several of");
        assertThat(nameOf(claims, "the talks were useful")).isEqualTo("Ada Whitcombe and Lionel Garza");
    }

    @Test
    void mrAndTheSurnameBesideAJuniorIsTheFather() {
        List<Claim> claims = claims("""
                Harold Pike spoke in Leeds on Thursday. His son Harold Pike Jr. introduced him.
                Harold Pike Jr. said the press had been unfair. Mr. Pike later told reporters that he would not resign.""");
        assertThat(nameOf(claims, "the press had been unfair")).startsWith("Harold Pike Jr");
        assertThat(nameOf(claims, "he would not resign")).isEqualTo("Harold Pike");
    }

    @Test
    void aTitleWithOfIsOneRoleThatALaterDescriptionMatches() {
        List<Claim> claims = claims("""
                Secretary of State Irene Vasquez met her Chilean counterpart in Lima on Monday.
                The secretary of state said the talks were candid.""");
        Speaker secretary = speakerOf(claims, "the talks were candid");
        assertThat(secretary.name()).isEqualTo("Irene Vasquez");
        assertThat(secretary.role()).isEqualTo("Secretary of State");
    }

    @Test
    void heAfterASubordinateClauseOpenerKeepsTheManTheParagraphIsAbout() {
        List<Claim> claims = claims("""
                Arlo Fenwick, who won both northern districts, is calling for his rivals to drop out.

                Though he did not mention Tobias Crane or Emil Varga by name, he made it clear that they should withdraw.

                He declared that as long as the field remained divided, the incumbent would win.""");
        assertThat(nameOf(claims, "the incumbent would win")).isEqualTo("Arlo Fenwick");
    }

    @Test
    void anOrganisationNamedBetweenAManAndHisPronounDoesNotHideHisGender() {
        List<Claim> claims = claims("""
                "Other people who work for the ministry might face new hurdles," Quentin Ashby said.

                Rep. Corwin Mallory (R-Ohio), chairman of the House Intelligence Committee, did not question the decision,
                but he called for more accountability. "I hope the handling of this material will be considered," he said.""");
        assertThat(nameOf(claims, "I hope the handling")).isEqualTo("Corwin Mallory");
    }

    @Test
    void aPronounWithAContractionOrAConjunctionInItsMentionIsStillResolved() {
        List<Claim> claims = claims("""
                Governor Lena Marsh is backing the bill, but she's not predicting it will pass.""");
        Speaker marsh = speakerOf(claims, "it will pass");
        assertThat(marsh.name()).isEqualTo("Lena Marsh");
        assertThat(marsh.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void theCommissionIsTheOneNamedEarlierWithItsPlaceAndALowerCaseModifier() {
        List<Claim> claims = claims("""
                But a Fairfield ballot commission in January was a little more tentative.
                The commission said that a court should settle the matter.""");
        Speaker commission = speakerOf(claims, "a court should settle the matter");
        assertThat(commission.name()).isEqualTo("Fairfield ballot commission");
        assertThat(commission.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aShareSuchAsThreeQuartersIsTheGroupJustNamed() {
        List<Claim> claims = claims("""
                Voters in Ashford went to the polls on Sunday. Among those voters, three-quarters said the council had failed them.""");
        Speaker share = speakerOf(claims, "the council had failed them");
        assertThat(share.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(share.name()).endsWithIgnoringCase("voters");
        assertThat(share.role()).startsWith("three-quarters of");
    }

    @Test
    void theTitleOfAShowOrABookIsNobodyAPronounCanStandFor() {
        List<Claim> claims = claims("""
                Rafael Ortiz is touring again this spring.

                In a talk with reporters about his comedy, “Latin Nights for Beginners,” the actor discussed history lessons.
                "Everybody thinks they know the story," he said.""");
        assertThat(nameOf(claims, "Everybody thinks they know the story")).isEqualTo("Rafael Ortiz");
    }

    @Test
    void aDescriptionInAppositionAfterANameIsThatNamesRole() {
        List<Claim> claims = claims("""
                A previously undisclosed email obtained by Open Ledger, the conservative advocacy group, through public records
                lawsuits shows that the minister met the donor twice.""");
        Speaker group = speakerOf(claims, "the minister met the donor twice");
        assertThat(group.name()).isEqualTo("Open Ledger");
        assertThat(group.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void anObjectPronounAfterAccordingToIsThePersonItStandsFor() {
        List<Claim> claims = claims("""
                Jorge Salas, who lives in Tucson, became a citizen in 1990.

                The network censored his first report in 1984, according to him.""");
        Speaker speaker = speakerOf(claims, "The network censored his first report");
        assertThat(speaker.name()).isEqualTo("Jorge Salas");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aTitleJoinedToItsModifierByAHyphenIsTheRoleNotPartOfTheName() {
        List<Claim> claims = claims("""
                Vice-Premier Lin Haobo said plans to scrap the certificates had been postponed.""");
        Speaker speaker = speakerOf(claims, "plans to scrap the certificates");
        assertThat(speaker.name()).isEqualTo("Lin Haobo");
        assertThat(speaker.role()).isEqualTo("Vice-Premier");
    }

    @Test
    void aNameAfterTheWithoutATitleIsATeamOrAFirmThatNoPronounStandsFor() {
        List<Claim> claims = claims("""
                Nega Tesfaye defended his decision to move abroad on Tuesday.

                His old life meant cheering for the Lewisburg Green Dragons, a high school track team, and long summers.

                "If you like comfort, you will never do this," he told me.""");
        assertThat(nameOf(claims, "If you like comfort")).isEqualTo("Nega Tesfaye");

        Speaker team = speakerOf(claims("The Harbor City Hawks said the match would be replayed."), "the match would be replayed");
        assertThat(team.name()).isEqualTo("Harbor City Hawks");
        assertThat(team.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aLeaderDescribedByNationalityIsTheLeaderOfThatCountryNotAnotherPresident() {
        List<Claim> claims = claims("""
                President Anna Berg of Norway met President Tomas Lind on Monday.

                Mr. Lind spoke first about fishing rights. Ms. Berg listened.

                "We will not give up our waters," the Norwegian leader said.""");
        assertThat(nameOf(claims, "We will not give up our waters")).isEqualTo("Anna Berg");

        // The gazetteer knows which country a well-known leader holds office in.
        List<Claim> known = claims("""
                With his customary swagger, President Vladimir V. Putin held forth at his year-end news conference.

                He praised Sepp Blatter, the embattled president of soccer's world governing body, who is under investigation.

                "He is an absolute leader of the race," the Russian leader said.""");
        assertThat(nameOf(known, "He is an absolute leader")).isEqualTo("Vladimir V. Putin");
    }

    @Test
    void leaderStandsForAPresidentOnlyWhenNothingElseInTheDescriptionSaysOtherwise() {
        List<Claim> claims = claims("""
                President Maria Costa signed the bill on Friday.

                "It shows a lack of character," the Senate minority leader said.""");
        Speaker speaker = speakerOf(claims, "It shows a lack of character");
        assertThat(speaker.name()).isNotEqualTo("Maria Costa");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void itsWebsiteOrHerStatementSpeaksForItsOwner() {
        List<Claim> claims = claims("""
                Kestrel Mining Corp said on Monday it would close two pits.

                The mine at Dunmore employs 400 people, according to its website.""");
        Speaker website = speakerOf(claims, "The mine at Dunmore employs 400 people");
        assertThat(website.name()).isEqualTo("Kestrel Mining Corp");
        assertThat(website.kind()).isEqualTo(SpeakerKind.ORGANIZATION);

        List<Claim> statement = claims("""
                Senator Ruth Okafor voted against the bill.

                The law would hurt farmers, her statement said.""");
        assertThat(nameOf(statement, "The law would hurt farmers")).isEqualTo("Ruth Okafor");
    }

    @Test
    void twoGroupsJoinedByAndAreOneUnnamedSpeaker() {
        List<Claim> claims = claims("""
                Brokers and market analysts said Thai stocks would gain further.

                Western diplomats and economists have said the authorities are struggling to find an alternative.""");
        Speaker brokers = speakerOf(claims, "Thai stocks would gain");
        assertThat(brokers.name()).isEqualTo("Brokers and market analysts");
        assertThat(brokers.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(nameOf(claims, "the authorities are struggling")).isEqualTo("Western diplomats and economists");
    }

    @Test
    void theStateRepublicanIsThePersonTheTextIsAbout() {
        List<Claim> claims = claims("""
                Senator Carl Brandt of Iowa held a town hall in Ames on Monday.

                "We will finish the farm bill this year," the Iowa Republican said.""");
        assertThat(nameOf(claims, "We will finish the farm bill")).isEqualTo("Carl Brandt");
    }

    @Test
    void aSurnameThatIsAlsoATitleIsStillTheName() {
        List<Claim> claims = claims("""
                "It is not going to be easy," said Representative Peter T. King of New York.

                "We will see in March," King said.""");
        Speaker first = speakerOf(claims, "It is not going to be easy");
        assertThat(first.name()).isEqualTo("Peter T. King");
        assertThat(first.role()).startsWith("Representative");
        assertThat(nameOf(claims, "We will see in March")).isEqualTo("Peter T. King");
    }

    @Test
    void aDocumentOpeningAHeadlineIsNoPerson() {
        Speaker report = speakerOf(claims("Report: Half of the minister's meetings were with donors."), "Half of the minister");
        assertThat(report.kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void theCompanyIsTheCompanyThatSpokeLastNotOneNamedInPassing() {
        List<Claim> claims = claims("""
                Kestrel Holdings said the decision opened up other possibilities.

                Rival chip makers such as Norvale Semiconductor Inc might also bid for the unit, analysts said.

                The company said it ended the deal because approval was unlikely.""");
        assertThat(nameOf(claims, "it ended the deal")).isEqualTo("Kestrel Holdings");
    }

    @Test
    void aCompanyOnlyDescribedInPassingYieldsToTheCompanyThatSpokeSince() {
        List<Claim> claims = claims("""
                Harlow Avionics Corp said it acquired Fenwick Data Services Ltd, a British software company that is also
                known as Fendata.

                Based in Leeds, Fendata employs 65 workers, Harlow Avionics said.

                The company added that Fendata will operate as part of its information systems unit.""");
        assertThat(nameOf(claims, "Fendata will operate")).isEqualTo("Harlow Avionics Corp");
    }

    @Test
    void aOneWordSpeakerThatTheTextNamedAsACompanyIsThatCompany() {
        List<Claim> claims = claims("""
                Kestrel Ltd shares rose on Monday.

                Kestrel said the plant would reopen in May.""");
        Speaker speaker = speakerOf(claims, "the plant would reopen");
        assertThat(speaker.name()).isEqualTo("Kestrel Ltd");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aStatementDescribedByANationalityIsThatCountrysGovernment() {
        Speaker speaker = speakerOf(claims("""
                The French statement said that debt reschedulings should run for up to 20 years."""), "debt reschedulings");
        assertThat(speaker.name()).isEqualTo("France");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.GOVERNMENT);
    }

    @Test
    void aCompanyNameWithAPossessiveAndALawAreNamesOfTheirOwn() {
        assertThat(nameOf(claims("Standard and Poor's Corp said it downgraded four banks."), "it downgraded four banks"))
                .isEqualTo("Standard and Poor's Corp");
        Speaker law = speakerOf(claims("The U.S. Trade Act of 1974 says that a member must open its markets."), "a member must open");
        assertThat(law.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(law.name()).endsWith("Trade Act");
    }

    @Test
    void theMinistryAndTheOfficialsAreThoseNamedBefore() {
        List<Claim> claims = claims("""
                The Finance Ministry said its auction produced a record low yield.

                Securities houses bid aggressively, dealers said.

                The average price was 98.36, the Ministry said.""");
        assertThat(nameOf(claims, "The average price was 98.36")).isEqualTo("Finance Ministry");

        List<Claim> officials = claims("""
                Senior U.S. officials said the sale could harm national security.

                The officials added that the council would review it next week.""");
        assertThat(nameOf(officials, "the council would review it")).isEqualTo("Senior U.S. officials");
    }

    @Test
    void theyAfterSeveralInstitutesIsThoseInstitutes() {
        List<Claim> claims = claims("""
                The economic institutes said the tax reform had been badly timed.

                They said the government should reduce tax preferences.""");
        assertThat(nameOf(claims, "the government should reduce tax preferences")).isEqualTo("economic institutes");
    }

    @Test
    void theCompanyOrTheBankIsTheNameItWasDescribedBesideOrThatItOpens() {
        List<Claim> claims = claims("""
                Norvale, the nation's second largest oil company, laid off 5,500 people last year.

                But the company reported an increase in profits in 1986.""");
        assertThat(nameOf(claims, "an increase in profits")).isEqualTo("Norvale");

        List<Claim> bank = claims("""
                Thailand's trade deficit widened in February, the Bank of Thailand said.

                The bank said the surplus for the two months widened to 7.8 billion baht.""");
        assertThat(nameOf(bank, "the surplus for the two months")).isEqualTo("Bank of Thailand");
    }

    @Test
    void aPluralTitleBeforeJoinedNamesAndATitleWordAfterANameAreNotPartOfTheNames() {
        List<Claim> claims = claims("""
                Presidents Ibrahim Babangida and Denis Sassou Nguesso called for the debts to be written off.""");
        assertThat(nameOf(claims, "the debts to be written off")).isEqualTo("Ibrahim Babangida and Denis Sassou Nguesso");
    }

    @Test
    void aCampaignNamedByItsCandidateIsThatCandidatesCampaignNotTheOneNamedLast() {
        List<Claim> claims = claims("""
                The Okafor campaign said it raised $2 million in March.

                Later, Brandt's campaign released a statement saying it was postponing the rally.

                The Okafor campaign said the rally had been a stunt.""");
        assertThat(nameOf(claims, "it was postponing the rally")).isEqualTo("Brandt campaign");
        assertThat(nameOf(claims, "the rally had been a stunt")).isEqualTo("Okafor campaign");
    }
}
