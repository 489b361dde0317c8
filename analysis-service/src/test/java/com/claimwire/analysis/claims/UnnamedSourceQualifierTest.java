package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * Unnamed sources keep what qualifies them ("U.S.", "monetary", "Bond"): the qualifier says whose view it is, and
 * "the official" or "they" later is the same source.
 */
class UnnamedSourceQualifierTest {

    @Test
    void theOfficialIsTheQualifiedOfficialIntroducedBefore() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                A U.S. official said the talks had failed. The official said Washington would press ahead anyway.""");
        assertThat(text.nameOf("Washington would press ahead")).isEqualTo("U.S. official");
        assertThat(text.speakerOf("Washington would press ahead").kind()).isEqualTo(SpeakerKind.UNNAMED);
    }

    @Test
    void lowerCaseQualifiersOfSourcesOpeningAClauseStay() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Earlier this year, monetary sources said the Treasury sounded out its allies on a target zone. \
                The dollar fell, but foreign exchange dealers said the fall would not last long.""");
        assertThat(text.nameOf("the Treasury sounded out")).isEqualTo("monetary sources");
        assertThat(text.nameOf("the fall would not last")).isEqualTo("foreign exchange dealers");
    }

    @Test
    void tradersDealersBankersAndManagersAreSourcesNotSurnames() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Bond traders said the market was weaker than expected on Tuesday. Syndicate managers said the yield \
                spread is now too low to make swaps profitable.""");
        assertThat(text.nameOf("the market was weaker")).isEqualTo("Bond traders");
        assertThat(text.speakerOf("the market was weaker").kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(text.nameOf("the yield spread")).isEqualTo("Syndicate managers");
    }

    @Test
    void theyAfterExportersOrProducersIsThatGroup() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The coffee institute is expected to keep its pricing system, exporters said. They said the institute is \
                likely to leave the basic formula unchanged.""");
        assertThat(text.nameOf("leave the basic formula")).isEqualTo("exporters");
    }
}
