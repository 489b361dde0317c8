package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An initial right after a title opens the name and stays in it; the last letter of an abbreviation does not. */
class InitialAfterTitleTest {

    @Test
    void anInitialAfterATitleStaysInTheName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                White House Counsel W. Neil Eggleston said the president would not comply with the subpoena. \
                Senator J. Robert Kerrey said the bill would fail in committee.""");
        assertThat(text.nameOf("would not comply")).isEqualTo("W. Neil Eggleston");
        assertThat(text.speakerOf("would not comply").role()).isEqualTo("White House Counsel");
        assertThat(text.nameOf("the bill would fail")).isEqualTo("J. Robert Kerrey");
    }

    @Test
    void anAbbreviationBeforeATitleIsNoInitialOfTheName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                U.S. Trade Representative Carla A. Hills said the talks would resume next week.""");
        assertThat(text.nameOf("the talks would resume")).isEqualTo("Carla A. Hills");
    }
}
