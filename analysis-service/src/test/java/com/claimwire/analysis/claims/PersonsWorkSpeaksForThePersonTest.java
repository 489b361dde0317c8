package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/** "Greenberg's research suggests": a person's own research speaks for the person named in full earlier. */
class PersonsWorkSpeaksForThePersonTest {

    @Test
    void aPersonsResearchSpeaksForThePerson() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Democratic pollster Stan Greenberg surveyed 1,000 Republicans last month. But Greenberg's research \
                suggests moderate Republicans might also cross party lines.""");
        assertThat(text.nameOf("might also cross party lines")).isEqualTo("Stan Greenberg");
        assertThat(text.speakerOf("might also cross party lines").kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aPublicationsAnalysisIsNoPerson() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The race is close. POLITICO's analysis shows the senator trailing in three swing states.""");
        assertThat(text.speakerOf("the senator trailing").kind()).isNotEqualTo(SpeakerKind.PERSON);
    }
}
