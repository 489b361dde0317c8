package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * "Goldman, Sachs and Co", "Merrill Lynch, Pierce, Fenner and Smith Inc": a company named for its partners lists them
 * with commas, and the whole list is its name; a place or a sentence adverb before the comma is none of it.
 */
class PartnersListedInCompanyNameTest {

    @Test
    void partnersBeforeTheCommaBelongToTheName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Goldman, Sachs and Co said the dollar would fall further. The company said rates would rise.""");
        assertThat(text.nameOf("dollar would fall")).isEqualTo("Goldman, Sachs and Co");
        assertThat(text.speakerOf("dollar would fall").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(text.nameOf("rates would rise")).isEqualTo("Goldman, Sachs and Co");
    }

    @Test
    void severalPartnersAfterAReportedSentence() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The dollar will fall, Merrill Lynch, Pierce, Fenner and Smith Inc said.""");
        assertThat(text.nameOf("dollar will fall")).isEqualTo("Merrill Lynch, Pierce, Fenner and Smith Inc");
    }

    @Test
    void aSentenceAdverbOrAPlaceIsNoPartner() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Separately, Smith and Co said the dollar will fall. In Tokyo, Nomura and Co said the yen will rise.""");
        assertThat(text.nameOf("dollar will fall")).isEqualTo("Smith and Co");
        assertThat(text.nameOf("yen will rise")).isEqualTo("Nomura and Co");
    }
}
