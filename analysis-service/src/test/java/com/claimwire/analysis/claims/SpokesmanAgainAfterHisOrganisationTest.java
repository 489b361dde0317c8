package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "A spokesman for X said ... the spokesman added": the same spokesman, still of X, and so is "he". */
class SpokesmanAgainAfterHisOrganisationTest {

    @Test
    void theSpokesmanIsTheSpokesmanForTheOrganisationNamedBefore() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                No negotiated solution to the strike was expected, a spokesman for the National Federation of Banks said.
                    The private bankers would rather wait for the labour court, the spokesman said.
                    He said talks would resume next week.""");
        assertThat(text.nameOf("rather wait for the labour court")).isEqualTo("spokesman for the National Federation of Banks");
        assertThat(text.nameOf("talks would resume")).isEqualTo("spokesman for the National Federation of Banks");
    }

    @Test
    void aSpokesmanOfAnotherBodyKeepsHisOwnOrganisation() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Prices would rise in May, a spokesman for Alcan said. The union spokesman said wages would not follow.""");
        assertThat(text.nameOf("wages would not follow")).isEqualTo("union spokesman");
    }
}
