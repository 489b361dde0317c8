package com.claimwire.analysis.topics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TaxonomyTopicTaggerTest {

    private final TaxonomyTopicTagger tagger = TaxonomyTopicTagger.withDefaults();

    @Test
    void strongPhraseAloneGivesItsTopic() {
        assertThat(tagger.tag("We provided them with a small number of drones.")).containsExactly("weapons");
        assertThat(tagger.tag("The bloc agreed a new package of sanctions.")).contains("sanctions");
    }

    @Test
    void inflectionsMatchThroughStemming() {
        assertThat(tagger.tag("The bank was sanctioned last year.")).contains("sanctions");
        assertThat(tagger.tag("Voters are voting in the referendums.")).first().isEqualTo("elections");
    }

    @Test
    void unrelatedTextGetsNoTopic() {
        assertThat(tagger.tag("The cat sat on the mat and enjoyed a quiet afternoon in the garden.")).isEmpty();
    }

    @Test
    void weakHintsAloneAreNotEnough() {
        assertThat(tagger.tag("The market was calm and the meeting was short.")).isEmpty();
    }

    @Test
    void wordsMatchOnlyWhole() {
        assertThat(tagger.tag("She won an award after a warning about the software.")).doesNotContain("war-conflict");
    }

    @Test
    void quotedPhrasesMatchExactly() {
        assertThat(tagger.tag("He broke his arm in the arms race of ideas.")).containsExactly("weapons");
        assertThat(tagger.tag("He broke his arm.")).isEmpty();
    }

    @Test
    void longestPhraseWins() {
        assertThat(tagger.tag("The new air defence system arrived.")).containsExactly("weapons");
    }

    @Test
    void mostRelevantTopicComesFirst() {
        String text = "The election campaign entered its final week as candidates courted voters at polling stations; "
                + "turnout in the primary election was high. Economists said inflation and unemployment were stable and the economy grew.";
        assertThat(tagger.tag(text)).first().isEqualTo("elections");
        assertThat(tagger.tag(text)).contains("economy");
    }

    @Test
    void incidentalMentionsInALongTextAreLeftOut() {
        String text = "The war in the east escalated as troops advanced under shelling and artillery fire. ".repeat(3)
                + "Fuel prices rose.";
        assertThat(tagger.tag(text)).doesNotContain("energy", "economy");
    }

    @Test
    void atMostFiveTopics() {
        String text = "war drones sanctions election inflation tariffs oil climate vaccine court software migrants "
                + "terrorism torture wheat earthquake parliament diplomacy";
        assertThat(tagger.tag(text)).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void taxonomyIsDocumentedAndCoversTheMissionTopics() {
        assertThat(tagger.topics()).allSatisfy(topic -> {
            assertThat(topic.code()).matches("[a-z-]+");
            assertThat(topic.label()).isNotBlank();
            assertThat(topic.description()).isNotBlank();
        });
        assertThat(tagger.topics()).extracting(TaxonomyTopicTagger.Topic::code).doesNotHaveDuplicates()
                .contains("weapons", "war-conflict", "diplomacy", "sanctions", "elections", "economy", "health",
                        "climate", "energy", "crime-justice", "technology", "migration");
    }

    @Test
    void oddInputYieldsNoTopics() {
        assertThat(tagger.tag(null)).isEmpty();
        assertThat(tagger.tag("   \n\t")).isEmpty();
        assertThat(tagger.tag("\u0000<div>&nbsp;</div>")).isEmpty();
        assertThat(tagger.tag("drones ".repeat(200_000))).containsExactly("weapons");
    }

    @Test
    void stemmerFoldsPluralsAndVerbFormsOnly() {
        assertThat(LightStemmer.stem("drones")).isEqualTo(LightStemmer.stem("drone"));
        assertThat(LightStemmer.stem("policies")).isEqualTo(LightStemmer.stem("policy"));
        assertThat(LightStemmer.stem("sanctioned")).isEqualTo(LightStemmer.stem("sanctions"));
        assertThat(LightStemmer.stem("planned")).isEqualTo(LightStemmer.stem("plan"));
        assertThat(LightStemmer.stem("crisis")).isEqualTo("crisis");
        assertThat(LightStemmer.stem("election")).isNotEqualTo(LightStemmer.stem("elect"));
    }

    @Test
    void sharedDefaultInstanceAnswersTheSameFromManyThreads() {
        assertThat(TaxonomyTopicTagger.withDefaults()).isSameAs(tagger);
        String text = "Drones and missiles were sent for the war while sanctions talks stalled.";
        List<String> expected = tagger.tag(text);
        IntStream.range(0, 2_000).parallel().forEach(i -> assertThat(tagger.tag(text)).isEqualTo(expected));
    }
}
