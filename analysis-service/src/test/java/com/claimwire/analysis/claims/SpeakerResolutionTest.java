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
}
