package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * A poll, survey or study speaks for whoever ran it: "a Gallup poll found", "the survey by the Pew Research Center
 * showed" and later "the poll" or "a survey by the organization" are all the pollster's claims, the document its role.
 */
class PollsterSpeaksThroughPollTest {

    @Test
    void aPollNamedAfterItsPollsterIsThePollstersClaim() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Voters in Ohio are split over the tax plan. A Quinnipiac University poll found most voters in the \
                state oppose the new levy on gasoline.""");
        Speaker speaker = text.speakerOf("most voters in the state oppose");
        assertThat(speaker.name()).isEqualTo("Quinnipiac University");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speaker.role()).isEqualTo("Quinnipiac University poll");
    }

    @Test
    void aPollByAnOrganisationIsTheOrganisationsClaimUnderItsWholeName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The race in Texas is tightening. The survey by the Texas Lyceum Institute of Public Policy showed the \
                governor leading his rival by two points.""");
        assertThat(text.nameOf("the governor leading his rival")).isEqualTo("Texas Lyceum Institute of Public Policy");
    }

    @Test
    void thePollAndASurveyByTheOrganisationLaterAreTheSamePollsters() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                A poll by the Marist Institute for Public Opinion showed the mayor with a narrow lead. The poll, taken \
                on Tuesday, showed the mayor ahead among older voters, 52 percent to 40 percent. A survey by the \
                organization in May found the mayor trailing by six points.""");
        assertThat(text.nameOf("the mayor ahead among older voters")).isEqualTo("Marist Institute for Public Opinion");
        assertThat(text.nameOf("the mayor trailing by six points")).isEqualTo("Marist Institute for Public Opinion");
    }

    @Test
    void aReportOfADayIsNoPollster() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Factory orders rose in March. A Thursday survey found manufacturers expect further gains this year.""");
        assertThat(text.nameOf("manufacturers expect further gains")).isNotEqualTo("Thursday");
    }

    @Test
    void aCapitalisedSurveyInANameIsTheBodyNotAPoll() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                A strong earthquake shook the coast on Monday. The U.S. Geological Survey said the quake had a \
                magnitude of 6.1.""");
        assertThat(text.nameOf("the quake had a magnitude")).isEqualTo("U.S. Geological Survey");
    }
}
