package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Decision;
import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LexicalClaimTypeClassifierTest {

    private static final Said MARIA_LOPEZ = Said.by("Maria Lopez");

    private final ClaimTypeClassifier classifier = LexicalClaimTypeClassifier.withDefaults();

    private ClaimType inSentence(String sentence, String content) {
        return classifier.classify(new Input("", content, sentence, sentence, false, null)).type();
    }

    @Test
    void claimWithoutStanceCuesIsAnAssertion() {
        assertThat(MARIA_LOPEZ.quoted("The economy grew by three percent last year")).isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("the council").reported("the bridge had been closed for repairs"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void denyingIsADenial() {
        assertThat(Said.by("Smith").cue("denied").reported("that the company had paid the officials"))
                .isEqualTo(ClaimType.DENIAL);
        assertThat(Said.by("the bank").cue("denies").reported("any wrongdoing")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void rejectingAllegationsIsADenialNotAnAllegation() {
        assertThat(Said.by("the ministry").cue("rejected allegations that").reported(
                "the army had shelled the village"))
                .isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void negatedDenialVerbIsNotADenial() {
        assertThat(Said.by("the spokesman").cue("did not deny").reported("that talks had taken place"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void callingAClaimFalseIsADenial() {
        assertThat(MARIA_LOPEZ.quoted("The reports about a secret deal are totally false")).isEqualTo(ClaimType.DENIAL);
        assertThat(MARIA_LOPEZ.quoted("That's simply not true")).isEqualTo(ClaimType.DENIAL);
        assertThat(MARIA_LOPEZ.quoted("These accusations are baseless and politically motivated"))
                .isEqualTo(ClaimType.DENIAL);
        assertThat(Said.by("the agency").cue("called").reported("the story complete nonsense"))
                .isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void callingOneselfWrongIsAnAdmissionNotADenial() {
        assertThat(MARIA_LOPEZ.quoted("We were wrong about the timing of the rollout")).isEqualTo(ClaimType.ADMISSION);
        assertThat(MARIA_LOPEZ.quoted("I made a mistake and I apologize to the families"))
                .isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void negatedFirstPersonActionIsADenial() {
        assertThat(MARIA_LOPEZ.quoted("We did not send any troops across the border")).isEqualTo(ClaimType.DENIAL);
        assertThat(MARIA_LOPEZ.quoted("I have never met him")).isEqualTo(ClaimType.DENIAL);
        assertThat(MARIA_LOPEZ.quoted("We didn't take a single dollar from them")).isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void negatedSpeakerActionInReportedSpeechIsADenial() {
        assertThat(Said.by("the ministry").reported("it had never supplied weapons to the rebels"))
                .isEqualTo(ClaimType.DENIAL);
    }

    @Test
    void firstPersonIgnoranceOrIndecisionIsNotADenial() {
        assertThat(MARIA_LOPEZ.quoted("We do not know who fired the rocket")).isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("the board").reported("it had not yet decided on the merger"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("I did not rule out a second vote")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void firstPersonStanceVerbCountsThroughAnAdverb() {
        assertThat(MARIA_LOPEZ.quoted("We categorically deny these reports")).isEqualTo(ClaimType.DENIAL);
        assertThat(MARIA_LOPEZ.quoted("I fully acknowledge the delays")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void invertedConditionIsNotADenial() {
        assertThat(Said.by("the company").reported("profits would have doubled had it not been for the fire"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void pronounLaterInTheClauseIsNotTheSpeaker() {
        assertThat(Said.by("the minister").reported("if the city wants the permit, it will ask the council"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("the carmaker").reported("it will close the plant in May"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void obligationIsNotAPromise() {
        assertThat(MARIA_LOPEZ.quoted("We will have to raise prices")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void stanceWordUsedAsAModifierIsNotTheClaimsVerb() {
        assertThat(MARIA_LOPEZ.quoted("The court overturned a decision dismissing the suit"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("There is true competition in the market now")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void habitualFirstPersonNegationIsAPlainStatement() {
        assertThat(MARIA_LOPEZ.quoted("I don't watch football much anymore")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void negatedActionOfAThirdPartyIsNotADenial() {
        assertThat(MARIA_LOPEZ.quoted("The opposition did not attend the session")).isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void callingAClaimCorrectIsAnAdmission() {
        assertThat(MARIA_LOPEZ.quoted("The part about the loan is correct")).isEqualTo(ClaimType.ADMISSION);
        assertThat(MARIA_LOPEZ.quoted("It is true that mistakes were made in the first weeks"))
                .isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void conditionalTruthIsNotAnAdmission() {
        assertThat(MARIA_LOPEZ.quoted("If the report is true, the minister must resign"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void admittingIsAnAdmission() {
        assertThat(Said.by("the director").cue("admitted").reported("that the agency had lost the files"))
                .isEqualTo(ClaimType.ADMISSION);
        assertThat(Said.by("the chief executive").cue("acknowledged").reported("the figures were disappointing"))
                .isEqualTo(ClaimType.ADMISSION);
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
        assertThat(Said.by("the group").reported("the group claimed responsibility for the blast"))
                .isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void promisingIsACommitment() {
        assertThat(Said.by("the mayor").cue("vowed").reported("to rebuild the bridge by spring"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(Said.by("the donors").cue("pledged").reported("$2 billion for reconstruction"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void firstPersonFutureIsACommitment() {
        assertThat(MARIA_LOPEZ.quoted("We will publish the full budget next week")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(Said.by("Tom Hale").reported("he would resign if the bill failed"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void negatedFirstPersonFutureIsACommitmentNotADenial() {
        assertThat(MARIA_LOPEZ.quoted("We will never abandon our allies")).isEqualTo(ClaimType.COMMITMENT);
        assertThat(MARIA_LOPEZ.quoted("We won't be silent about this")).isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void conditionalFirstPersonFutureIsACommitment() {
        assertThat(MARIA_LOPEZ.quoted("If the talks fail, we will take the case to court"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void refusalToActIsACommitment() {
        assertThat(Said.by("Tom Hale").reported("he wasn't going to back the nominee"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void criticismOfAnotherInReportedSpeechIsNotAnAdmission() {
        assertThat(Said.by("Tom Hale").reported("he should have been much tougher"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("I should have acted sooner")).isEqualTo(ClaimType.ADMISSION);
    }

    @Test
    void passiveDeterminationIsNotAnOffer() {
        assertThat(Said.by("the panel").reported("the country was determined to have been involved"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void readinessOfAnyPartyIsACommitment() {
        assertThat(Said.by("the foreign minister").reported("Madrid is ready to host the next round of talks"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void speakerNamedAsSubjectCountsAsFirstPerson() {
        assertThat(Said.by("Norway").reported("Norway will double its contribution"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void thirdPartyFutureIsAPredictionNotACommitment() {
        assertThat(MARIA_LOPEZ.quoted("Prices will fall later this year")).isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("Tom Hale").reported("they will lose the election"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void accusingIsAnAllegation() {
        assertThat(Said.by("the auditor").cue("accused").reported("the contractor of inflating costs"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(Said.by("the opposition").cue("alleged that").reported("the count had been manipulated"))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void denouncingOrCriticisingAnotherPartyIsAnAllegation() {
        assertThat(Said.by("the union").cue("denounced").reported("the mayor as a puppet of the developers"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(Said.by("the opposition").cue("criticised").reported("the ministry for hiding the audit"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(Said.by("Tom Hale").cue("slammed").reported("the board for wasting public money"))
                .isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void callingAnotherPartyALiarIsAnAllegationButNotOneself() {
        assertThat(MARIA_LOPEZ.quoted("The governor is a liar and everyone in this state knows it"))
                .isEqualTo(ClaimType.ALLEGATION);
        assertThat(MARIA_LOPEZ.quoted("I am not a liar")).isNotEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void announcingOrDeclaringAFactIsAnAssertion() {
        assertThat(Said.by("the regulator").cue("declared").reported(
                "the company had enough votes to win the takeover"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("the president").cue("announced").reported(
                "a program to defer the deportations of undocumented parents"))
                .isNotEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void unprovenMarkersMakeAnAllegation() {
        assertThat(MARIA_LOPEZ.quoted("The firm allegedly hid losses from investors")).isEqualTo(ClaimType.ALLEGATION);
    }

    @Test
    void wrongdoingAttributedToAnotherPartyIsAnAllegation() {
        assertThat(MARIA_LOPEZ.quoted("The governor lied to voters about the deficit")).isEqualTo(ClaimType.ALLEGATION);
        assertThat(MARIA_LOPEZ.quoted("Their troops committed war crimes in the north"))
                .isEqualTo(ClaimType.ALLEGATION);
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
        assertThat(MARIA_LOPEZ.quoted("Both companies have repeatedly denied reports that they shared customer data"))
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
        assertThat(Said.by("the mediator").reported("the union is ready to resume talks on Monday"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(MARIA_LOPEZ.quoted(
                "The neighbouring province was prepared to send firefighters long before the blaze"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("the port director").reported(
                "the harbour pilots were willing to work extra shifts last winter"))
                .isEqualTo(ClaimType.ASSERTION);
    }

    @Test
    void pastReadinessOfTheSpeakerInReportedSpeechIsACommitment() {
        assertThat(Said.by("Jonas Weber").reported("he was willing to meet the strikers in person"))
                .isEqualTo(ClaimType.COMMITMENT);
        assertThat(Said.by("Ruth Adler").reported("she was prepared to fund the shelter herself"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void aPromiseTheClaimReportsAsSomeoneElsesIsNotTheSpeakersCommitment() {
        assertThat(Said.by("a pollster").reported(
                "voters remembered the governor's pledge that he would cut the fuel tax"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(Said.by("Governor Alan Reyes").reported("he would cut the fuel tax in his first year"))
                .isEqualTo(ClaimType.COMMITMENT);
    }

    @Test
    void aHedgedFirstPersonFutureIsAForecastNotACommitment() {
        assertThat(MARIA_LOPEZ.quoted("It looks like we are not going to have a very good relationship"))
                .isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("I fear we will lose the vote next week")).isEqualTo(ClaimType.ASSERTION);
        assertThat(MARIA_LOPEZ.quoted("We will publish the full budget next week")).isEqualTo(ClaimType.COMMITMENT);
    }
}
