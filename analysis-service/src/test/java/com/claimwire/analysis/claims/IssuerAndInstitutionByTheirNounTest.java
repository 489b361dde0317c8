package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * A document speaks for whoever the text says issued it, an institution named in full is later "the exchange", and
 * organisations that spoke together are later "the companies".
 */
class IssuerAndInstitutionByTheirNounTest {

    @Test
    void documentWithANameBeforeItSpeaksForThatBody() {
        SpeakerSpecification spec = SpeakerSpecification.of("Iraq said its troops advanced. A High Command communique said "
                + "Iranian forces were routed. The communique said 2,000 Iranians were killed.");
        assertThat(spec.nameOf("Iranian forces were routed")).isEqualTo("High Command");
        assertThat(spec.speakerOf("Iranian forces were routed").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(spec.nameOf("2,000 Iranians were killed")).isEqualTo("High Command");
    }

    @Test
    void documentSpeaksForWhoeverFiledOrSentIt() {
        assertThat(SpeakerSpecification.of("An affidavit filed by John Carter said the firm paid bribes. The affidavit said the "
                + "payments began in 1985.").nameOf("the payments began")).isEqualTo("John Carter");
        assertThat(SpeakerSpecification.of("Jones filed an affidavit in federal court on Monday. The affidavit said the "
                + "company had destroyed records.").nameOf("the company had destroyed records")).isEqualTo("Jones");
        assertThat(SpeakerSpecification.of("Exxon Corp said in a letter to shareholders that earnings would rise. The "
                + "letter said the dividend would be kept.").nameOf("the dividend would be kept")).isEqualTo("Exxon Corp");
        assertThat(SpeakerSpecification.of("Senator Mary Smith introduced a measure to cut taxes. The measure would reduce "
                + "rates by 5 pct, she said. The measure says the cuts begin in 1988.").nameOf("the cuts begin in 1988"))
                .isEqualTo("Mary Smith");
    }

    @Test
    void documentWithNoIssuerInTheTextStaysTheDocument() {
        assertThat(SpeakerSpecification.of("Officials received a letter on Monday. The letter said the plant would close.")
                .nameOf("the plant would close")).isEqualTo("letter");
        assertThat(SpeakerSpecification.of("A document obtained by Reuters shows the bank will raise 250 mln dlrs. The document "
                + "says the notes will carry a rate of 10 pct.").nameOf("the notes will carry")).isEqualTo("document");
    }

    @Test
    void institutionNounStandsForTheNameItEndsIn() {
        assertThat(SpeakerSpecification.of("Crude oil futures on the New York Mercantile Exchange rose 50 cents. Traders said "
                + "buying was strong. The exchange said volume reached a record 200,000 contracts.")
                .nameOf("volume reached a record")).isEqualTo("New York Mercantile Exchange");
        assertThat(SpeakerSpecification.of("The findings will be published in the New England Journal of Medicine, analysts "
                + "said. Four patients died, the magazine reported.").nameOf("Four patients died"))
                .isEqualTo("New England Journal of Medicine");
    }

    @Test
    void companiesThatSpokeTogetherAreTheCompanies() {
        assertThat(SpeakerSpecification.of("Baker International Corp and Hughes Tool Co said they signed a consent decree. "
                + "The companies also said the signing cleared the way for their merger.").nameOf("the signing cleared the way"))
                .isEqualTo("Baker International Corp and Hughes Tool Co");
    }
}
