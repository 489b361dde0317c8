package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "They" after a sentence whose subject is a group of people stands for the people, not a country that spoke in it. */
class TheyPrefersPeopleOverABodyTest {

    @Test
    void theyIsTheDiplomatsNotTheCountry() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The ministers gave West Germany a go-ahead to move towards a ban on leaded petrol, diplomats said. \
                Bonn intends to keep leaded premium petrol pumps, diplomats said. They added that only 20 mln cars \
                ran on regular leaded petrol.""");
        assertThat(text.nameOf("only 20 mln cars")).isEqualTo("diplomats");
    }
}
