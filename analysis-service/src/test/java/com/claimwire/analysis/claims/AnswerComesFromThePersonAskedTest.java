package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "X asked Y whether ... . '...,' he said": a quote right after a question answers it, so "he" is the person asked,
 * for every sentence of the answer; a quote after a plain statement stays with whoever spoke.
 */
class AnswerComesFromThePersonAskedTest {

    @Test
    void theQuotedAnswerIsThePersonAsked() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Bernie Sanders campaigned in Iowa. Last month, The Huffington Post's Scott Conroy asked Sanders whether \
                questions about his health were fair game. "Sure it is. I would not have run if I was not blessed," he said.""");
        assertThat(text.nameOf("Sure it is")).isEqualTo("Bernie Sanders");
        assertThat(text.nameOf("I would not have run")).isEqualTo("Bernie Sanders");
    }

    @Test
    void whatTheAnswererAddsIsHisToo() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Senator John Kerry asked Mike Pompeo whether the deal would hold. "I doubt it," he said, adding he was \
                worried.""");
        assertThat(text.nameOf("I doubt it")).isEqualTo("Mike Pompeo");
        assertThat(text.nameOf("he was worried")).isEqualTo("Mike Pompeo");
    }

    @Test
    void aQuoteAfterAStatementStaysWithTheSpeaker() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                John Kerry met Mike Pompeo. Kerry said the deal would hold. "I doubt it will fail," he said.""");
        assertThat(text.nameOf("I doubt it will fail")).isEqualTo("John Kerry");
    }
}
