package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * "The official MTI news agency said": the outlet's name is the capitalised word among the description's lower-case
 * words; a country's adjective there ("the official Chinese news agency") is no outlet's name.
 */
class OutletNamedInItsDescriptionTest {

    @Test
    void theNameInsideTheDescriptionNamesTheAgency() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The official MTI news agency said the talks in Budapest had been useful.""");
        assertThat(text.nameOf("talks in Budapest")).isEqualTo("MTI");
        assertThat(text.speakerOf("talks in Budapest").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aNewspaperIsNamedWithoutItsDescription() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The ministry would resign within a week, the Observer newspaper said on Sunday.""");
        assertThat(text.nameOf("would resign within a week")).isEqualTo("Observer");
    }

    @Test
    void aCountrysAdjectiveIsNoAgencyName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The talks in Beijing had been useful, the official Chinese news agency said.""");
        assertThat(text.nameOf("talks in Beijing")).isNotEqualTo("Chinese");
    }

    @Test
    void aNewspaperOfAPlaceIsNoNewspaperNamedForIt() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Clinton needs to visit the flooded parishes, a Baton Rouge newspaper said in an editorial.""");
        assertThat(text.nameOf("visit the flooded parishes")).isNotEqualTo("Baton Rouge");
    }
}
