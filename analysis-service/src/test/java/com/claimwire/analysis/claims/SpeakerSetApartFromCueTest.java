package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** A speaker kept apart from its cue by a comma, an infinitive or a long description of the source. */
class SpeakerSetApartFromCueTest {

    @Test
    void subjectWithAnAffiliationSetOffByACommaReportsAfterAnAdverbial() {
        Found found = only("Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan yet.");
        assertThat(found.content()).isEqualTo("he had not read the plan yet");
        assertThat(found.speaker()).isEqualTo("Sen. Jack Reed");
        assertThat(found.cue()).isEqualTo("said");
    }

    @Test
    void verbOfSayingAfterACatenativeVerbTakesItsSubject() {
        assertThat(only("Lewandowski continued to assert that he never made contact with Fields."))
                .isEqualTo(new Found("he never made contact with Fields", "Lewandowski", "assert"));
        assertThat(only("She went on to argue that the plan would fail.").speaker()).isEqualTo("She");
    }

    @Test
    void seemingToConfirmIsTheWritersReadingNotAClaim() {
        assertThat(ExtractedClaims.extract("He seemed to confirm that the critics had a point.")).isEmpty();
    }

    @Test
    void cueInsideARelativeClauseAboutTheSpeakerReportsUpToTheClausesClosingComma() {
        Found found = only("Graham, who says the allies should contribute ground forces to the battle, tweeted his support.");
        assertThat(found.content()).isEqualTo("the allies should contribute ground forces to the battle");
        assertThat(found.speaker()).isEqualTo("Graham");
        assertThat(only("Mr. Diaz, who also said that the two men, and Mr. Cruz in particular, must do more, walked out early.")
                .content()).isEqualTo("the two men, and Mr. Cruz in particular, must do more");
    }

    @Test
    void describedSubjectThatOpensTheSentenceIsTheSpeakerOfAContentClause() {
        assertThat(only("The heads of both lobbying firms told AP they concluded there was no obligation to disclose it."))
                .isEqualTo(new Found("they concluded there was no obligation to disclose it",
                        "The heads of both lobbying firms", "told"));
        assertThat(only("Many in the crowd said the senator was the only candidate they trusted.").speaker())
                .isEqualTo("Many in the crowd");
    }

    @Test
    void repeatingThatReportsTheClause() {
        Found found = only("Qin repeated that China opposed hacking and acted against it.");
        assertThat(found.content()).isEqualTo("China opposed hacking and acted against it");
        assertThat(found.speaker()).isEqualTo("Qin");
    }

    @Test
    void longSourceAfterAccordingToIsNamedByItsOpeningPhrase() {
        Found found = only("According to a January 2016 study by the Pew Research Center based on census data from 2014,"
                + " eligible voters who are Hispanic skew younger in California.");
        assertThat(found.content()).isEqualTo("eligible voters who are Hispanic skew younger in California");
        assertThat(found.speaker()).isEqualTo("a January 2016 study");
    }

    @Test
    void sourceAfterAccordingToEndsAtADash() {
        Found found = only("Some 59 percent of voters view her unfavorably, according to a Post poll last week - the same"
                + " as before.");
        assertThat(found.content()).isEqualTo("Some 59 percent of voters view her unfavorably");
        assertThat(found.speaker()).isEqualTo("a Post poll last week");
    }
}
