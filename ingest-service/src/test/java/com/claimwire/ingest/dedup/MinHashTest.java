package com.claimwire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

    static final String WIRE_COPY = "Iran's foreign minister acknowledged on Saturday that Tehran had supplied Russia"
            + " with a small number of drones months before the war in Ukraine began, the first time Iran has"
            + " admitted sending the weapons. Hossein Amir-Abdollahian said the claims about missiles were"
            + " completely wrong and that Iran would address any documents Kyiv provided showing Russia had used"
            + " Iranian drones in the conflict. A day earlier officials in Tehran had denied sending any drones,"
            + " while a US official alleged that several hundred had been delivered to Russian forces. The"
            + " minister spoke to reporters after meeting his counterparts in Tehran, where he said relations with"
            + " Moscow were based on neighbourhood and mutual interests and were not directed against anyone.";

    static final String OTHER_STORY = "Showers continued throughout the week in the Bahia cocoa zone, alleviating"
            + " the drought since early January and improving prospects for the coming temporao, although normal"
            + " humidity levels have not been restored, Comissaria Smith said in its weekly review. The dry period"
            + " means the temporao will be late this year and arrivals for the week were well below expectations"
            + " of exporters, who said there was still some doubt as to how much old crop cocoa was available.";

    static MinHash.Sketch sketch(String text) {
        return MinHash.sketch(text, 20).orElseThrow();
    }

    @Test
    void identicalTextsAreFullySimilar() {
        assertThat(MinHash.similarity(sketch(WIRE_COPY), sketch(WIRE_COPY))).isEqualTo(1.0);
    }

    @Test
    void caseAndPunctuationDoNotCount() {
        assertThat(MinHash.similarity(sketch(WIRE_COPY), sketch(WIRE_COPY.toUpperCase().replace(",", ""))))
                .isEqualTo(1.0);
    }

    @Test
    void syndicatedCopyWithItsOwnDatelineAndFooterStaysAboveTheThreshold() {
        String syndicated = "TEHRAN (Reuters) - " + WIRE_COPY + " (Reporting by the Dubai newsroom; editing by Jane Doe)";

        assertThat(MinHash.similarity(sketch(WIRE_COPY), sketch(syndicated))).isGreaterThan(0.7);
    }

    @Test
    void anotherStoryIsFarBelowIt() {
        assertThat(MinHash.similarity(sketch(WIRE_COPY), sketch(OTHER_STORY))).isLessThan(0.2);
    }

    @Test
    void copiesShareAtLeastOneBandAndUnrelatedTextsNone() {
        String syndicated = "TEHRAN (Reuters) - " + WIRE_COPY;

        assertThat(sketch(syndicated).bands()).containsAnyOf(sketch(WIRE_COPY).bands());
        assertThat(sketch(OTHER_STORY).bands()).doesNotContain(sketch(WIRE_COPY).bands());
    }

    @Test
    void shortTextsGetNoSketch() {
        assertThat(MinHash.sketch("Qtly div 12 cts vs 12 cts prior, pay April one", 30)).isEmpty();
    }

    @Test
    void wordsSplitOnAnythingButLettersAndDigits() {
        assertThat(MinHash.words("Amir-Abdollahian said: \"10 drones\""))
                .containsExactly("amir", "abdollahian", "said", "10", "drones");
    }
}
