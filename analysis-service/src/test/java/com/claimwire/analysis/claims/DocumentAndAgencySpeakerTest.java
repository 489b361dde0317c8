package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The statement said", "the report said", "the bureau said": the body that issued it or was named in full before. */
class DocumentAndAgencySpeakerTest {

    @Test
    void aStatementSpeaksForWhoeverSaidSomethingInIt() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The Commerce Commission has approved a proposed merger, Rainbow Corp said in a statement. The statement \
                said a new private company will purchase the stake for an undisclosed sum.""");
        assertThat(text.nameOf("a new private company will purchase")).isEqualTo(text.nameOf("has approved a proposed merger"));
    }

    @Test
    void aReportSpeaksForTheBodyWhoseReportItIs() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                The Inter-American Development Bank said it intended to match its lending of last year. In its annual \
                report, the Bank made it clear that the region needed vast new investment. The report said Latin \
                America continued to emerge slowly from the recession.""");
        assertThat(text.nameOf("continued to emerge slowly")).isEqualTo("Inter-American Development Bank");
    }

    @Test
    void theBureauIsTheBureauNamedInFull() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Israel's inflation rate for May was 0.6 pct, the Central Bureau of Statistics said. The rate for the \
                first five months of the year was 7.5 pct, the bureau said.""");
        assertThat(text.nameOf("first five months")).isEqualTo("Central Bureau of Statistics");
    }

    @Test
    void theAgencyIsTheBodyThatSpokeLast() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Heavy snow killed cattle in the plains last week, the Joint Agricultural Weather Facility said. The \
                cold weather slowed pasture growth from Texas to North Dakota, the agency said.""");
        assertThat(text.nameOf("slowed pasture growth")).isEqualTo("Joint Agricultural Weather Facility");
    }
}
