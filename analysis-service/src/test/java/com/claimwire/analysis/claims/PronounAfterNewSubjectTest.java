package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.Speaker;
import org.junit.jupiter.api.Test;

/**
 * "He said" right after a sentence whose subject is a newly introduced person goes to that person, not to the one who
 * spoke before: a name after its sentence's subject is an object, and a full stop before a new paragraph ends a name.
 */
class PronounAfterNewSubjectTest {

    @Test
    void heAfterANewSubjectWhoMetTheEarlierSpeakerIsTheNewSubject() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Japanese officials said the market was calm. Finance Minister Kiichi Miyazawa said the yen was stable.
                Bank of Japan governor Satoshi Sumita met Miyazawa later. He said interest rates would not change.""");
        assertThat(text.nameOf("the yen was stable")).isEqualTo("Kiichi Miyazawa");
        assertThat(text.nameOf("interest rates would not change")).isEqualTo("Satoshi Sumita");
        assertThat(text.speakerOf("interest rates would not change").role()).isEqualTo("Bank of Japan governor");
    }

    @Test
    void heAfterANewSubjectNamedFirstInItsSentenceIsThatSubject() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Finance Minister Kiichi Miyazawa said the yen was stable. Satoshi Sumita, the central bank governor, \
                met Miyazawa later. He said interest rates would not change.""");
        assertThat(text.nameOf("interest rates would not change")).isEqualTo("Satoshi Sumita");
    }

    @Test
    void aFullStopBeforeANewParagraphEndsANameWhateverWordItFollows() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Entering the debate, Ted Cruz faced criticism for unreported loans.

                Trump continued to question whether Cruz's birth in Canada makes him ineligible for the White House.

                Cruz belittled the issue. And he said he is as much a natural-born citizen as anyone.""");
        Speaker cruz = text.speakerOf("he is as much a natural-born citizen");
        assertThat(cruz.name()).isEqualTo("Ted Cruz");
        assertThat(cruz.role()).isNull();
    }
}
