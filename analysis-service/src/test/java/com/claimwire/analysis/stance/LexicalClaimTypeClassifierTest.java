package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Decision;
import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LexicalClaimTypeClassifierTest {

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType reported(String cue, String content, String speaker) {
        return classifier.classify(new Input(cue, content, content, content, false, speaker)).type();
    }

    private ClaimType quoted(String content) {
        return classifier.classify(new Input("said", content, content, content, true, "Maria Lopez")).type();
    }

    private ClaimType inSentence(String sentence, String content) {
        return classifier.classify(new Input("", content, sentence, sentence, false, null)).type();
    }

    @Test
    void claimWithoutStanceCuesIsAnAssertion() {
        assertThat(quoted("The economy grew by three percent last year")).isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("said", "the bridge had been closed for repairs", "the council")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void denyingIsADenial() {
        assertThat(reported("denied", "that the company had paid the officials", "Smith")).isEqualTo(ClaimType.DENIAL);
        assertThat(reported("denies", "any wrongdoing", "the bank")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void rejectingAllegationsIsADenialNotAnAllegation() {
        assertThat(reported("rejected allegations that", "the army had shelled the village", "the ministry"))
                .isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void negatedDenialVerbIsNotADenial() {
        assertThat(reported("did not deny", "that talks had taken place", "the spokesman")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void callingAClaimFalseIsADenial() {
        assertThat(quoted("The reports about a secret deal are totally false")).isEqualTo(ClaimType.DENIAL);
        assertThat(quoted("That's simply not true")).isEqualTo(ClaimType.DENIAL);
        assertThat(quoted("These accusations are baseless and politically motivated")).isEqualTo(ClaimType.DENIAL);
        assertThat(reported("called", "the story complete nonsense", "the agency")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void callingOneselfWrongIsAnAdmissionNotADenial() {
        assertThat(quoted("We were wrong about the timing of the rollout")).isEqualTo(ClaimType.ADMISSION);
        assertThat(quoted("I made a mistake and I apologize to the families")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void negatedFirstPersonActionIsADenial() {
        assertThat(quoted("We did not send any troops across the border")).isEqualTo(ClaimType.DENIAL);
        assertThat(quoted("I have never met him")).isEqualTo(ClaimType.DENIAL);
        assertThat(quoted("We didn't take a single dollar from them")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void negatedSpeakerActionInReportedSpeechIsADenial() {
        assertThat(reported("said", "it had never supplied weapons to the rebels", "the ministry")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void firstPersonIgnoranceOrIndecisionIsNotADenial() {
        assertThat(quoted("We do not know who fired the rocket")).isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("said", "it had not yet decided on the merger", "the board")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("I did not rule out a second vote")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void firstPersonStanceVerbCountsThroughAnAdverb() {
        assertThat(quoted("We categorically deny these reports")).isEqualTo(ClaimType.DENIAL);
        assertThat(quoted("I fully acknowledge the delays")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void invertedConditionIsNotADenial() {
        assertThat(reported("said", "profits would have doubled had it not been for the fire", "the company"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void pronounLaterInTheClauseIsNotTheSpeaker() {
        assertThat(reported("said", "if the city wants the permit, it will ask the council", "the minister"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("said", "it will close the plant in May", "the carmaker")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void obligationIsNotAPromise() {
        assertThat(quoted("We will have to raise prices")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void stanceWordUsedAsAModifierIsNotTheClaimsVerb() {
        assertThat(quoted("The court overturned a decision dismissing the suit")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("There is true competition in the market now")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void habitualFirstPersonNegationIsAPlainStatement() {
        assertThat(quoted("I don't watch football much anymore")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void negatedActionOfAThirdPartyIsNotADenial() {
        assertThat(quoted("The opposition did not attend the session")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void callingAClaimCorrectIsAnAdmission() {
        assertThat(quoted("The part about the loan is correct")).isEqualTo(ClaimType.ADMISSION);
        assertThat(quoted("It is true that mistakes were made in the first weeks")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void conditionalTruthIsNotAnAdmission() {
        assertThat(quoted("If the report is true, the minister must resign")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void admittingIsAnAdmission() {
        assertThat(reported("admitted", "that the agency had lost the files", "the director")).isEqualTo(ClaimType.ADMISSION);
        assertThat(reported("acknowledged", "the figures were disappointing", "the chief executive")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void firstPersonPastActionAfterAConcessionIsAnAdmission() {
        String context = "\"There were contacts, that much is true. We met their envoy twice in March,\" she said.";
        Input input = new Input("said", "We met their envoy twice in March", "We met their envoy twice in March,",
                context, true, "Maria Lopez");
        assertThat(classifier.classify(input).type()).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void firstPersonPastActionWithoutAConcessionIsAnAssertion() {
        String context = "\"The visit went well. We met their envoy twice in March,\" she said.";
        Input input = new Input("said", "We met their envoy twice in March", "We met their envoy twice in March,",
                context, true, "Maria Lopez");
        assertThat(classifier.classify(input).type()).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void claimingResponsibilityIsAnAdmission() {
        assertThat(reported("said", "the group claimed responsibility for the blast", "the group")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void promisingIsACommitment() {
        assertThat(reported("vowed", "to rebuild the bridge by spring", "the mayor")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("pledged", "$2 billion for reconstruction", "the donors")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void firstPersonFutureIsACommitment() {
        assertThat(quoted("We will publish the full budget next week")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("said", "he would resign if the bill failed", "Tom Hale")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void negatedFirstPersonFutureIsACommitmentNotADenial() {
        assertThat(quoted("We will never abandon our allies")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(quoted("We won't be silent about this")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void conditionalFirstPersonFutureIsACommitment() {
        assertThat(quoted("If the talks fail, we will take the case to court")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void refusalToActIsACommitment() {
        assertThat(reported("said", "he wasn't going to back the nominee", "Tom Hale")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void criticismOfAnotherInReportedSpeechIsNotAnAdmission() {
        assertThat(reported("said", "he should have been much tougher", "Tom Hale")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("I should have acted sooner")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void passiveDeterminationIsNotAnOffer() {
        assertThat(reported("said", "the country was determined to have been involved", "the panel")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void readinessOfAnyPartyIsACommitment() {
        assertThat(reported("said", "Madrid is ready to host the next round of talks", "the foreign minister"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void speakerNamedAsSubjectCountsAsFirstPerson() {
        assertThat(reported("said", "Norway will double its contribution", "Norway")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void thirdPartyFutureIsAPredictionNotACommitment() {
        assertThat(quoted("Prices will fall later this year")).isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("said", "they will lose the election", "Tom Hale")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void accusingIsAnAllegation() {
        assertThat(reported("accused", "the contractor of inflating costs", "the auditor")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(reported("alleged that", "the count had been manipulated", "the opposition")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void denouncingOrCriticisingAnotherPartyIsAnAllegation() {
        assertThat(reported("denounced", "the mayor as a puppet of the developers", "the union")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(reported("criticised", "the ministry for hiding the audit", "the opposition")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(reported("slammed", "the board for wasting public money", "Tom Hale")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void callingAnotherPartyALiarIsAnAllegationButNotOneself() {
        assertThat(quoted("The governor is a liar and everyone in this state knows it")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(quoted("I am not a liar")).isNotEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void announcingOrDeclaringAFactIsAnAssertion() {
        assertThat(reported("declared", "the company had enough votes to win the takeover", "the regulator"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("announced", "a program to defer the deportations of undocumented parents", "the president"))
                .isNotEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void unprovenMarkersMakeAnAllegation() {
        assertThat(quoted("The firm allegedly hid losses from investors")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void wrongdoingAttributedToAnotherPartyIsAnAllegation() {
        assertThat(quoted("The governor lied to voters about the deficit")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(quoted("Their troops committed war crimes in the north")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void governingVerbIsFoundInTheSentenceWhenNoCueIsGiven() {
        assertThat(inSentence("The senator alleged that the agency had destroyed records.",
                "the agency had destroyed records")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void neutralVerbNearestTheClaimShieldsItFromAnEarlierStanceVerb() {
        assertThat(inSentence("The minister rejected the report, saying that the audit should be repeated.",
                "the audit should be repeated")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void stanceVerbInsideTheClaimCounts() {
        assertThat(quoted("Both companies have repeatedly denied reports that they shared customer data"))
                .isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void agreeingCuesGiveMoreConfidenceThanOneCue() {
        Decision one = classifier.classify(new Input("denied", "that the deal exists", "", "", false, null));
        Decision two = classifier.classify(new Input("denied", "that the deal exists, calling it fake news", "", "", false, null));
        assertThat(two.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(two.confidence()).isGreaterThan(one.confidence());
        assertThat(one.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void emptyOrMissingInputIsAnAssertion() {
        Decision decision = classifier.classify(new Input(null, null, null, null, false, null));
        assertThat(decision.type()).isEqualTo(ClaimType.ASSERTION);
        assertThat(classifier.classify(new Input("", "", "", "", true, "")).type()).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void sharedDefaultInstanceAnswersTheSameFromManyThreads() {
        assertThat(LexicalClaimTypeClassifier.withDefaults()).isSameAs(classifier);
        List<Input> inputs = List.of(
                new Input("denied", "that the company had paid the officials", "", "", false, "Smith"),
                new Input("said", "We will publish the full budget next week", "", "", true, null),
                new Input("accused", "the contractor of inflating costs", "", "", false, null),
                new Input("said", "The part about the loan is correct", "", "", true, null));
        List<Decision> expected = inputs.stream().map(classifier::classify).toList();
        IntStream.range(0, 2_000).parallel().forEach(i ->
                assertThat(classifier.classify(inputs.get(i % inputs.size()))).isEqualTo(expected.get(i % inputs.size())));
    }

    @Test
    void presentReadinessOfAnyPartyIsACommitmentButPastReadinessOfAnotherIsNot() {
        assertThat(reported("said", "the union is ready to resume talks on Monday", "the mediator"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(quoted("The neighbouring province was prepared to send firefighters long before the blaze"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("said", "the harbour pilots were willing to work extra shifts last winter", "the port director"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void pastReadinessOfTheSpeakerInReportedSpeechIsACommitment() {
        assertThat(reported("said", "he was willing to meet the strikers in person", "Jonas Weber"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(reported("said", "she was prepared to fund the shelter herself", "Ruth Adler"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void aPromiseTheClaimReportsAsSomeoneElsesIsNotTheSpeakersCommitment() {
        assertThat(reported("said", "voters remembered the governor's pledge that he would cut the fuel tax", "a pollster"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(reported("said", "he would cut the fuel tax in his first year", "Governor Alan Reyes"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void aHedgedFirstPersonFutureIsAForecastNotACommitment() {
        assertThat(quoted("It looks like we are not going to have a very good relationship")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("I fear we will lose the vote next week")).isEqualTo(ClaimType.ASSERTION);
        assertThat(quoted("We will publish the full budget next week")).isEqualTo(ClaimType.COMMITMENT);
    }
}
