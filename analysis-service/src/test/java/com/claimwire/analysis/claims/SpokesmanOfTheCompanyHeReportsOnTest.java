package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Fuji Photo Film Co Ltd will set up a subsidiary, a spokesman said": a spokesman of no named organisation who reports
 * what a company will do speaks for the company whose name opens his sentence; with no company there he stays unnamed.
 */
class SpokesmanOfTheCompanyHeReportsOnTest {

    @Test
    void theCompanyOpeningTheReportedSentenceIsTheSpokesmans() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Fuji Photo Film Co Ltd will set up a wholly-owned subsidiary in Kleve, West Germany, to produce video \
                cassette tapes, a spokesman said.
                    The subsidiary will be capitalised at 25 mln marks, he said.""");
        assertThat(text.nameOf("wholly-owned subsidiary")).isEqualTo("spokesman for Fuji Photo Film Co Ltd");
        assertThat(text.nameOf("capitalised at 25 mln marks")).isEqualTo("spokesman for Fuji Photo Film Co Ltd");
    }

    @Test
    void noCompanyInTheSentenceLeavesHimUnnamed() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The government will cut taxes in May, a spokesman said.""");
        assertThat(text.nameOf("cut taxes in May")).isEqualTo("spokesman");
    }
}
