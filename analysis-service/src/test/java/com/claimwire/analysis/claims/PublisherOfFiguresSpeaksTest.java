package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "according to figures from X", "data released by X": the organisation that published the numbers speaks through them. */
class PublisherOfFiguresSpeaksTest {

    @Test
    void dataFromAnAgencyIsTheAgencys() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                In 2014, Ferguson had 115 instances of violent crime, according to the most recent data available from \
                the FBI.""");
        assertThat(text.nameOf("115 instances of violent crime")).isEqualTo("Federal Bureau of Investigation");
    }

    @Test
    void figuresCompiledByAPublicationAreThePublications() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Airline traffic rose 12 pct in March, according to data compiled by Aviation Daily.""");
        assertThat(text.nameOf("traffic rose 12 pct")).isEqualTo("Aviation Daily");
    }

    @Test
    void figuresFromPeopleStayADescription() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Unemployment rose to 9 pct, according to data compiled by economists.""");
        assertThat(text.nameOf("Unemployment rose")).isEqualTo("data compiled by economists");
    }
}
