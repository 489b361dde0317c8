package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After "called", "labelled" or "dubbed" the verdict has no copula: "calling the reports inaccurate" denies them. */
class NamingAClaimFalseIsADenialTest {

    private static final Said THE_COMPANY = Said.by("the company");

    @Test
    void namingTheReportsFalseIsADenial() {
        assertThat(THE_COMPANY.cue("calling").reported(
                "the two lengthy investigative reports inaccurate and deliberately misleading"))
                .isEqualTo(ClaimType.DENIAL);
        assertThat(THE_COMPANY.cue("labelled").reported("the charges baseless")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void namingWithoutAVerdictOfFalsityIsNoDenial() {
        assertThat(THE_COMPANY.cue("called").reported("the merger a great opportunity for shareholders"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(THE_COMPANY.cue("called").reported("the report not inaccurate")).isEqualTo(ClaimType.ASSERTION);
        assertThat(THE_COMPANY.cue("called").reported("the golf venture a great example of how things had gone wrong"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void misleadingAfterAPlainCueStillAccusesAnotherParty() {
        assertThat(THE_COMPANY.reported("the senator was misleading voters about the plan"))
                .isEqualTo(ClaimType.ALLEGATION);
    }
}
