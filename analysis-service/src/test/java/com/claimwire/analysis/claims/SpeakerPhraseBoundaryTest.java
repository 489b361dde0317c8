package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/** Where the phrase that names the speaker begins and ends, before the cue. */
class SpeakerPhraseBoundaryTest {

    @Test
    void theSpeakerOfAClauseStandsBeforeTheOccasionNotAtTheSentencesStart() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Retired general Colin Powell spoke on Tuesday, while Jeb Bush in a Medium post said the plan was wrong.""");
        assertThat(text.nameOf("the plan was wrong")).isEqualTo("Jeb Bush");
    }

    @Test
    void aCompanysNameGoesOnPastOfThe() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Fruit of the Loom Inc said it agreed to sell its General Battery Corp subsidiary to Exide Corp.""");
        assertThat(text.nameOf("it agreed to sell")).isEqualTo("Fruit of the Loom Inc");
        assertThat(text.speakerOf("it agreed to sell").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aPersonsNameStopsBeforeOfTheWhenNoCompanyFollows() {
        SpeakerSpecification text = SpeakerSpecification.of("Smith of the Federal Reserve said interest rates would rise.");
        assertThat(text.nameOf("interest rates would rise")).isEqualTo("Smith");
    }

    @Test
    void aNameWithItsRoleAfterItAndNoCommaIsTheNameWithThatRole() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Yutaka Hashimoto general manager of the bank's international division said interest rates would fall.""");
        Speaker hashimoto = text.speakerOf("interest rates would fall");
        assertThat(hashimoto.name()).isEqualTo("Yutaka Hashimoto");
        assertThat(hashimoto.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(hashimoto.role()).isEqualTo("general manager of the bank's international division");
    }
}
