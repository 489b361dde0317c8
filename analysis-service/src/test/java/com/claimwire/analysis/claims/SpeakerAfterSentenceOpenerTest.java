package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names and subjects that the speaker phrase cuts or mistakes: a time or adverb opening the sentence is no speaker,
 * a company's name broken by a hyphen or a line break keeps all its words, a title before a name is no part of it,
 * and a bare surname shared by two people goes to the one already quoted.
 */
class SpeakerAfterSentenceOpenerTest {

    @Test
    void aTimeOpeningTheSentenceIsNoSpeakerTheSubjectAfterItIs() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Senator Mary Landrieu said on Monday she would back the bill. Hours later, Landrieu repeated the \
                pledge to reporters, telling them, "This bill will pass."
                """);
        assertThat(text.nameOf("This bill will pass")).isEqualTo("Mary Landrieu");
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoSpeakerTheGroupAfterItIs() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Producers and consumers agreed on new price reviews every 15 months. Previously consumers were \
                proposing reviews every 12 months instead of 18 in the current pact.""");
        assertThat(text.nameOf("reviews every 12 months")).isEqualTo("consumers");
    }

    @Test
    void aCompanyNameBrokenByAHyphenOrALineKeepsAllItsWords() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Lockheed Corp's Lockheed Missiles and Space\nCo said it won a contract to build satellites for the Navy.
                Core-Mark International Inc said it was addressing its problems and would correct them soon.""");
        assertThat(text.nameOf("it won a contract to build satellites")).endsWith("Missiles and Space Co");
        assertThat(text.nameOf("it was addressing its problems")).isEqualTo("Core-Mark International Inc");
    }

    @Test
    void aCompanyNamedByWhatItDoesIsTheCompanyThatSpoke() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Fleming Foods Inc said it was cutting prices. The grocery distributor said its margins would recover \
                by the end of the year.""");
        assertThat(text.nameOf("its margins would recover")).isEqualTo("Fleming Foods Inc");
    }

    @Test
    void aTitleBeforeANameIsNoPartOfTheName() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                "We will comply with the subpoena," Treasury General Counsel Robert M. Hale wrote in a letter.
                Investor Carl Jordan said he holds 6.1 pct of the company and may seek control of its board.""");
        assertThat(text.nameOf("We will comply")).isEqualTo("Robert M. Hale");
        assertThat(text.nameOf("he holds 6.1 pct")).isEqualTo("Carl Jordan");
    }

    @Test
    void aBareSurnameSharedByTwoPeopleGoesToTheOneAlreadyQuoted() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Actor Sam Turner says he will vote for the senator. The race is close, said Turner. Turner, the \
                younger brother of the director Paul Turner, has acted since 1970. "She has my vote," Turner said.""");
        assertThat(text.nameOf("She has my vote")).isEqualTo("Sam Turner");
    }

    @Test
    void aBareSurnameRightAfterTheOtherNamesakesFullNameIsThatNamesake() {
        SpeakerSpecification text = SpeakerSpecification.of("""
                Hillary Clinton said on Monday she would win the state. Her husband, Bill Clinton, campaigned in Nashua. \
                Bill Clinton spoke with voters outside a school. Clinton said the race would be close.""");
        assertThat(text.nameOf("the race would be close")).isEqualTo("Bill Clinton");
    }
}
