package com.claimwire.analysis.claims;

import static com.claimwire.analysis.claims.ExtractedClaims.extract;
import static com.claimwire.analysis.claims.ExtractedClaims.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.claims.ExtractedClaims.Found;
import org.junit.jupiter.api.Test;

/** "X praised/defended/endorsed/dismissed/supported Y": a public stance whose object is what the speaker judged. */
class PublicStanceTowardAnotherPartyTest {

    @Test
    void theObjectOfPraiseIsTheClaimWithTheSubjectAsSpeaker() {
        Found found = only("Wilson praised Rubio's positions on national defense.");
        assertThat(found.content()).isEqualTo("Rubio's positions on national defense");
        assertThat(found.speaker()).isEqualTo("Wilson");
        assertThat(found.cue()).isEqualTo("praised");
    }

    @Test
    void theOccasionAfterTheObjectIsNotPartOfIt() {
        assertThat(only("Ryan endorsed Trump in early June, but only after publicly deliberating.").content())
                .isEqualTo("Trump");
        assertThat(only("Trump defended his record on trade at a rally in Ohio.").content()).isEqualTo("his record on trade");
        assertThat(only("The senator dismissed the report on Tuesday.").content()).isEqualTo("the report");
    }

    @Test
    void aSpeakerAfterAnOpeningAdjunctStillTakesTheObject() {
        Found found = only("In a statement, the Kentucky Republican on Tuesday dismissed Obama's actions to more tightly"
                + " regulate gun sales.");
        assertThat(found.content()).isEqualTo("Obama's actions to more tightly regulate gun sales");
        assertThat(found.speaker()).isEqualTo("the Kentucky Republican");
    }

    @Test
    void aClaimNounWithLittleAfterItIsTheObjectOfItsVerb() {
        assertThat(only("The minister rejected the allegations of bribery.").content()).isEqualTo("the allegations of bribery");
        assertThat(only("The minister denied the allegations of bribery.").cue()).isEqualTo("denied");
    }

    @Test
    void rejectingAClaimNounReportsTheNounPhraseOnceAndLeavesTheNextCueItsOwnClaim() {
        var found = extract("The minister rejected Western countries' allegations of sending drones to Russia,"
                + " saying that Ukraine should be careful.");
        assertThat(found).extracting(Found::content).containsExactly(
                "Western countries' allegations of sending drones to Russia", "Ukraine should be careful");
    }

    @Test
    void supportAndOppositionAsFiniteVerbsAreStances() {
        assertThat(only("Sanders supports raising the minimum wage.").content()).isEqualTo("raising the minimum wage");
        assertThat(only("Cruz opposed the measure during the debate.").content()).isEqualTo("the measure");
    }

    @Test
    void talkingAboutATopicReportsTheTopic() {
        Found found = only("Sanders talked about income inequality at the rally.");
        assertThat(found.content()).isEqualTo("income inequality");
        assertThat(found.cue()).isEqualTo("talked about");
    }

    @Test
    void seeingSomeoneAsSomethingIsAJudgementButSeeingAloneIsNot() {
        Found found = only("Many Trump supporters see him as the stronger general-election candidate.");
        assertThat(found.content()).isEqualTo("him as the stronger general-election candidate");
        assertThat(found.cue()).isEqualTo("see");
        assertThat(extract("He saw the senator there again in 1999.")).isEmpty();
    }

    @Test
    void aPassiveOrAdjectivalParticipleIsNoStance() {
        assertThat(extract("A compromise plan endorsed by top Senate Democrats failed in the House.")).isEmpty();
        assertThat(extract("She faces a challenge from a Trump-backed candidate in the primary.")).isEmpty();
        assertThat(extract("The state party eventually backed down after the dispute.")).isEmpty();
    }

    @Test
    void aStanceVerbDoesNotAttributeTheSentenceBeforeIt() {
        assertThat(extract("The former Heisman Trophy winner, now a guest speaker, endorsed Donald Trump."))
                .extracting(Found::content).containsExactly("Donald Trump");
    }
}
