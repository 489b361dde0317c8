package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "X asked (Y) whether C" and "Asked about C, X said …": the question put is reported, by whoever put it. */
class QuestionPutBySpeakerTest {

    @Test
    void questionPutByTheSubjectIsItsClaim() {
        Found found = only("Jose Vargas, an immigration activist, asked the former secretary of state during a chat"
                + " if she would commit to his pledge.");
        assertThat(found.content()).isEqualTo("if she would commit to his pledge");
        assertThat(found.speaker()).isEqualTo("Jose Vargas");
        assertThat(found.cue()).isEqualTo("asked");
    }

    @Test
    void questionPutToTheSubjectOfTheMainClauseHasAnUnnamedAsker() {
        assertThat(extract("Asked whether he would counsel Clinton to pick Sanders, Reid said he would not."))
                .containsExactly(
                        new Found("whether he would counsel Clinton to pick Sanders", null, "Asked"),
                        new Found("he would not", "Reid", "said"));
        assertThat(extract("When asked by a reporter about Suu Kyi's future role, the spokesman declined to comment."))
                .extracting(Found::content)
                .containsExactly("about Suu Kyi's future role", "to comment");
    }

    @Test
    void aQuestionEndingInsideAQuoteEndsAtThatQuotesComma() {
        assertThat(extract("Asked if Sanders is \u201crealistic enough to serve,\u201d 72 percent of Democrats said yes."))
                .extracting(Found::content)
                .contains("if Sanders is \u201crealistic enough to serve");
    }

    @Test
    void theOneAskedInAPassiveIsNotTheAsker() {
        Found found = only("At his speeches he is often asked about her views on trade.");
        assertThat(found.content()).isEqualTo("about her views on trade");
        assertThat(found.speaker()).isNull();
    }

    @Test
    void askingSomeoneToActIsNotAQuestion() {
        assertThat(extract("Trump called the senator and asked him to condemn violence no matter who is responsible."))
                .extracting(Found::content)
                .doesNotContain("who is responsible");
    }
}
