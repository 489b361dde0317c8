package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * A company named for a person ("Sara Lee Corp", "Eli Lilly and Co", "John Deere Co") and then by the person's name or
 * surname is the company, not a person; a person with the same given name is still a person.
 */
class CompanyNamedForAPersonTest {

    @Test
    void theGivenAndSurnameOfACompanyStandForTheCompany() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Sara Lee Corp said on Monday that profit fell. Sara Lee said it would sell its bakery unit.""");
        assertThat(text.nameOf("sell its bakery unit")).isEqualTo("Sara Lee Corp");
        assertThat(text.speakerOf("sell its bakery unit").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void theSurnameOfACompanyNamedForAPersonStandsForTheCompany() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Eli Lilly and Co said on Monday that sales rose 10 pct. Lilly said the drug would be launched next \
                year. John Deere Co said on Tuesday its sales fell. Deere said it would cut 300 jobs.""");
        assertThat(text.nameOf("sales rose 10 pct")).isEqualTo("Eli Lilly and Co");
        assertThat(text.nameOf("the drug would be launched")).isEqualTo("Eli Lilly and Co");
        assertThat(text.speakerOf("the drug would be launched").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(text.nameOf("cut 300 jobs")).isEqualTo("John Deere Co");
    }

    @Test
    void theSurnameAfterAParticleStandsForTheCompany() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The Du Pont Co said it has developed a new fiber. Du Pont said the new product is up to 40 pct \
                stiffer.""");
        assertThat(text.nameOf("40 pct")).isEqualTo("Du Pont Co");
    }

    @Test
    void aPersonSharingTheGivenNameIsStillAPerson() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Eli Manning said the team would win on Sunday. Manning said he was confident.""");
        assertThat(text.nameOf("he was confident")).isEqualTo("Eli Manning");
        assertThat(text.speakerOf("he was confident").kind()).isEqualTo(SpeakerKind.PERSON);
    }
}
