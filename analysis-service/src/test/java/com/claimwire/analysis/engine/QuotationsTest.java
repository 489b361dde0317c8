package com.claimwire.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which quoted sentences state something on their own, and which only continue the sentence before them. */
class QuotationsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "And we will pay for it without new taxes.\"",
            "“But that is not the point.",
            "Because nobody asked us.",
            "That is why we left.",
            "This is a disgrace,”",
            "It makes no sense.",
            "It’s a vicious cycle.",
            "Why not?\"",
            "Do we have problems?",
            "Absolutely,”",
            "Never again.",
    })
    void sentencesThatCannotStandAloneContinueTheOneBefore(String sentence) {
        assertThat(Quotations.continuesTheSentenceBefore(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Wages are rising.",
            "The recovery is real,\"",
            "“We provided Russia with a small number of drones.",
            "He takes everything personally.",
            "They failed themselves.”",
            "Our position is the cessation of the war.",
            "Thatcher was right about that.",
            "Iteration takes time.",
    })
    void sentencesThatStateSomethingOnTheirOwnStandAlone(String sentence) {
        assertThat(Quotations.continuesTheSentenceBefore(sentence)).isFalse();
    }
}
