package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * "A spokesman" or "a company spokeswoman" with no organisation named speaks for the company the text is about, named
 * as "a spokesman for X" would be; a spokesman whose words name another body, or no company in reach, stays unnamed.
 */
class SpokesmanOfTheCompanyInContextTest {

    @Test
    void aSpokesmanSpeaksForTheCompanyOfTheSentenceBefore() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Alcan Aluminiumwerke GmbH said on Monday it would close its rolling mill in Goettingen. A spokesman said \
                300 jobs would be lost.""");
        assertThat(text.nameOf("300 jobs would be lost")).isEqualTo("spokesman for Alcan Aluminiumwerke GmbH");
        assertThat(text.speakerOf("300 jobs would be lost").kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void aCompanySpokeswomanSpeaksForTheCompany() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Acme Corp said on Monday it would cut 500 jobs. A company spokeswoman said the cuts would be completed \
                by June.""");
        assertThat(text.nameOf("the cuts would be completed")).isEqualTo("spokeswoman for Acme Corp");
    }

    @Test
    void aSuffixCutFromItsCompanyNamesNoCompany() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Sony (U.K.) Ltd said it would double capacity at its Bridgend factory. The expansion would make \
                Bridgend its biggest plant in Europe, a spokesman said.""");
        assertThat(text.nameOf("biggest plant")).isNotEqualTo("spokesman for Ltd");
    }

    @Test
    void aSpokesmanWithNoCompanyInReachStaysUnnamed() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Former presidential candidate Mitt Romney will not attend the convention. A spokesman said Thursday that \
                the governor had no plans to attend.""");
        assertThat(text.nameOf("no plans to attend")).isEqualTo("spokesman");
    }
}
