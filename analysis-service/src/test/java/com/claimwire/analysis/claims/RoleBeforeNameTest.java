package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/** A role in front of a name is the person's role, and the name, not the role, says who speaks. */
class RoleBeforeNameTest {

    @Test
    void aLowerCaseRoleBeforeANameIsItsTitle() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                "I view it as pre-negotiation posturing," said analyst Carole Berger of Cyrus J. Lawrence Inc, \
                referring to Brazil. Berger asserted that Brazil is doing its own politicking with regulators.
                The company will stay independent, deputy chairman Henry Lewis said after the results.""");
        Speaker berger = text.speakerOf("pre-negotiation posturing");
        assertThat(berger.name()).isEqualTo("Carole Berger");
        assertThat(berger.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(berger.role()).startsWith("analyst");
        assertThat(text.nameOf("doing its own politicking")).isEqualTo("Carole Berger");
        assertThat(text.speakerOf("doing its own politicking").kind()).isEqualTo(SpeakerKind.PERSON);
        Speaker lewis = text.speakerOf("will stay independent");
        assertThat(lewis.name()).isEqualTo("Henry Lewis");
        assertThat(lewis.role()).isEqualTo("deputy chairman");
    }

    @Test
    void aCapitalisedRoleAtTheSentencesStartIsNoPartOfTheName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Analyst Lawrence Cohn of Merrill Lynch and Co said it is unlikely the situation will be resolved soon.""");
        assertThat(text.nameOf("unlikely the situation")).isEqualTo("Lawrence Cohn");
    }

    @Test
    void aPersonNamedRightAfterTheCompanyIsThePerson() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Liberty Financial Group Charles D. Cheleden, chairman and chief executive officer, said Harold Kline \
                has resigned as president. Cheleden said he will assume the offices previously held by Kline.""");
        assertThat(text.nameOf("Harold Kline has resigned")).isEqualTo("Charles D. Cheleden");
        assertThat(text.nameOf("he will assume the offices")).isEqualTo("Charles D. Cheleden");
    }

    @Test
    void theRoleBeforeANameStopsAtTheVerbOfSaying() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                "When you have less than 20 percent in your polling, how much worse could it get?" said Florida-based \
                Republican strategist Al Cardenas.""");
        assertThat(text.speakerOf("how much worse").role()).isEqualTo("Florida-based Republican strategist");
    }
}
