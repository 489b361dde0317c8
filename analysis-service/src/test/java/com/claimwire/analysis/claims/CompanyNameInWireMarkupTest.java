package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * Wire copy marks a company's name in angle brackets ("&lt;Glenwood Inc&gt; said it ..."): the name is text the company
 * speaks under, only the brackets are markup. A ticker in brackets after a name ("&lt;ORCL&gt;") and HTML tags stay
 * out of the text.
 */
class CompanyNameInWireMarkupTest {

    @Test
    void aCompanyNamedInBracketsSpeaksAndItsPronounFollows() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                <Glenwood Inc> said it is recalling lot number 54238 of its potaba tablet, a prescription drug.
                    It said 5,474 bottles of the lot were sold to pharmacies.""");
        assertThat(text.nameOf("recalling lot number 54238")).isEqualTo("Glenwood Inc");
        assertThat(text.speakerOf("recalling lot number 54238").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(text.nameOf("bottles of the lot were sold")).isEqualTo("Glenwood Inc");
    }

    @Test
    void aTickerInBracketsIsNoPartOfTheName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Oracle Systems Corp <ORCL> said it has filed for an offering of 2,300,000 common shares.""");
        assertThat(text.nameOf("filed for an offering")).isEqualTo("Oracle Systems Corp");
    }

    @Test
    void anHtmlTagIsNoName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                <P>The <Font size=2>mayor</Font> said taxes would rise next year.</P>""");
        assertThat(text.nameOf("taxes would rise")).isEqualTo("mayor");
    }
}
