package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.SpeakerKind;
import org.junit.jupiter.api.Test;

/** "One in four voters", "about one in five Republicans": the group polled speaks, the ratio stays in the role. */
class ShareOfAGroupByRatioTest {

    @Test
    void theGroupAfterARatioIsTheSpeaker() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                One in four voters said the economy was the top issue. About one in five Republicans say they would \
                not vote at all. Six in 10 Americans said they were worried about their jobs.""");
        assertThat(text.nameOf("the economy was the top issue")).isEqualTo("voters");
        assertThat(text.speakerOf("the economy was the top issue").role()).isEqualTo("One in four voters");
        assertThat(text.nameOf("would not vote")).isEqualTo("Republicans");
        assertThat(text.speakerOf("would not vote").kind()).isEqualTo(SpeakerKind.UNNAMED);
        assertThat(text.nameOf("worried about their jobs")).isEqualTo("Americans");
    }
}
