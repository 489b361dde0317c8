package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.contents;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Called" that names something or telephones someone reports nothing; "called X a liar" still does. */
class CalledNamingOrPhoningTest {

    @Test
    void aGroupCalledByItsNameIsNoClaim() {
        assertThat(contents("A new group called Black Votes Matter, led by Democratic strategists, is raising money."))
                .isEmpty();
    }

    @Test
    void aProductNamedAtTheEndOfTheSentenceIsNoClaim() {
        assertThat(contents("The brewery is even offering a special convention beer called Swing State Pale Ale."))
                .isEmpty();
    }

    @Test
    void phoningSomeoneIsNoClaim() {
        assertThat(contents("She spoke shortly after she called Sanders to congratulate him.")).isEmpty();
        assertThat(contents("A year later, Mr. Obama called Naghmeh Abedini.")).isEmpty();
    }

    @Test
    void callingANamedPersonSomethingStillReportsIt() {
        ExtractedClaims.Found found = only("Trump called Clinton, his Democratic challenger, an ISIS \u201cco-founder.\u201d");
        assertThat(found.speaker()).isEqualTo("Trump");
        assertThat(found.cue()).isEqualTo("called");
    }
}
