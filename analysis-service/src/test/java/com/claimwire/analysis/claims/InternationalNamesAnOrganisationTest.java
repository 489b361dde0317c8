package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Visa International", "Amnesty International": a capitalised name ending in "International" is no person "he" can be. */
class InternationalNamesAnOrganisationTest {

    @Test
    void heIsTheManagerNotTheOrganisation() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The Bank of China will become a card-issuing member of Visa International this year, Visa's chief general \
                manager for Asia, Carl Pascarella, said in a statement.
                    Visa is designing a card for China.
                    He said Visa was developing training programs for the bank.""");
        assertThat(text.nameOf("training programs")).isEqualTo("Carl Pascarella");
    }
}
