package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * A company named in full and then by its first words or its initials ("Midway", "GM") speaks under its full name;
 * "the company" is the company that spoke, not one only mentioned since.
 */
class CompanyShortNameTest {

    @Test
    void theFirstWordsOfACompanysNameStandForTheCompany() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Midway Airlines Inc said its February load factor declined. Traffic rose 23.7 pct in the month, Midway said.
                LAC Minerals Ltd said it will suspend underground mining. LAC said it does not expect the decision to \
                affect earnings.""");
        assertThat(text.nameOf("Traffic rose 23.7 pct")).isEqualTo("Midway Airlines Inc");
        assertThat(text.speakerOf("Traffic rose 23.7 pct").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(text.nameOf("the decision to affect earnings")).isEqualTo("LAC Minerals Ltd");
    }

    @Test
    void aNationalityOpeningACompanysNameIsTheCompanyNotTheCountry() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                North American Ventures Inc said it has sold shares to an employee plan. North American said the \
                payment resulted from an excess of funds in the pension plan.""");
        assertThat(text.nameOf("the payment resulted")).isEqualTo("North American Ventures Inc");
    }

    @Test
    void initialsStandForTheCompanyWhoseWordsTheyOpen() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                General Motors Corp said its executives can think of no person better qualified for the post. GM also \
                said the country owes the chairman a great debt of gratitude.""");
        assertThat(text.nameOf("owes the chairman")).isEqualTo("General Motors Corp");
    }

    @Test
    void aCountryThatOpensACompanysNameStillSpeaksForItself() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Iran Air said its flights to Europe had resumed on Monday. Iran said the talks with Europe had failed.""");
        assertThat(text.nameOf("the talks with Europe had failed")).isEqualTo("Iran");
    }

    @Test
    void theCompanyIsTheOneThatSpokeNotTheOneMentionedSince() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Allegheny Ludlum Corp said it filed for an initial public offering of common shares.
                    The company said it is offering 4.4 mln primary shares in the U.S. and overseas. Goldman Sachs \
                and Co will manage the U.S. offering and Goldman Sachs International Corp will manage the \
                international side of the offering.
                    Proceeds from the sale will be used to reduce debt.
                    The company makes specialty steel and said it is one of the largest U.S. makers of stainless steel.""");
        assertThat(text.nameOf("one of the largest U.S. makers")).isEqualTo("Allegheny Ludlum Corp");
    }

    @Test
    void itIsTheCompanyThatWasTheSubjectWhenNoOneSpokeBefore() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                First Interstate Bancorp, which last month withdrew its takeover proposal for BankAmerica Corp, filed \
                with the Securities and Exchange Commission for an offering of preferred stock. Proceeds from the sale \
                will be used for general purposes, it said.""");
        assertThat(text.nameOf("Proceeds from the sale")).isEqualTo("First Interstate Bancorp");
    }

    @Test
    void bancorpsAndCosAreCompaniesNotPeople() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Williams Cos said a fourth quarter charge contributed to a net loss. Williams said the charges were \
                related to an ongoing restructuring.""");
        assertThat(text.speakerOf("a fourth quarter charge").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(text.nameOf("related to an ongoing restructuring")).isEqualTo("Williams Cos");
    }

    @Test
    void aShortNameIsTheCompanyThatSpokeNotItsUnitMentionedSince() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                First American Financial Corp said it repurchased 997,756 shares of its own common stock for 29.50 dlrs \
                per share in cash. Concurrent with the closing of the deal, its First American Title Insurance Co unit \
                entered into a long-term lease arrangement for the properties, First American said.""");
        assertThat(text.nameOf("entered into a long-term lease")).isEqualTo("First American Financial Corp");
    }
}
