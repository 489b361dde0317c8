package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * A claim whose cue names no holder ("is expected to", a question put by nobody named) belongs to no one in
 * particular: it is not handed to whoever spoke last, as a quote that goes on without a cue is.
 */
class ClaimWithoutNamedHolderTest {

    @Test
    void anExpectationAfterSomeoneSpokeIsNotTheirs() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Senator Jane Smith said the vote was close. The bill is expected to pass the House next week.""");
        assertThat(text.nameOf("the vote was close")).isEqualTo("Jane Smith");
        Speaker holder = text.speakerOf("The bill is expected to pass");
        assertThat(holder.kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(holder.name()).isEqualTo("unknown");
        assertThat(holder.mention()).isNull();
    }

    @Test
    void aQuoteThatGoesOnWithoutACueStaysWithItsSpeaker() {
        SpeakerSpecification text = SpeakerSpecification.of(
                "\"The vote was close,\" Senator Jane Smith said. \"We will try again next year.\"");
        assertThat(text.nameOf("We will try again")).isEqualTo("Jane Smith");
    }
}
