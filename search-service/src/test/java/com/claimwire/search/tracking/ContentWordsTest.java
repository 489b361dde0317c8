package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void contentWordsDropStopWordsAndPlurals() {
        assertThat(ContentWords.of("Both Iran and Russia have repeatedly rejected claims that Tehran has provided drones"))
                .containsExactly("both", "iran", "russia", "repeatedly", "rejected", "claim", "tehran", "provided", "drone");
    }

    @Test
    void figuresLoseTheirThousandsSeparators() {
        assertThat(ContentWords.numbers("Brazil bought 75,000 tonnes at 6-3/16 pct and 2.5 billion dlrs"))
                .containsExactly("75000", "6-3/16", "2.5");
    }

    @Test
    void jaccardOfIdenticalTextsIsOneAndOfDisjointTextsZero() {
        assertThat(ContentWords.jaccard("drones sent to Russia", "Drones sent to Russia")).isEqualTo(1.0);
        assertThat(ContentWords.jaccard("drones sent to Russia", "cocoa prices in Bahia")).isZero();
    }

    @Test
    void negationIsFoundInWordsAndContractions() {
        assertThat(ContentWords.negates("I don’t think that's the case")).isTrue();
        assertThat(ContentWords.negates("none of her emails were marked classified")).isTrue();
        assertThat(ContentWords.negates("he never obtained access")).isTrue();
        assertThat(ContentWords.negates("We provided Russia with a small number of drones")).isFalse();
        assertThat(ContentWords.negates("a notable knot of nonsense")).isFalse();
    }

    @Test
    void foldingIgnoresCaseAccentsAndCurlyApostrophes() {
        assertThat(ContentWords.fold("Amir-Abdollahián’s")).isEqualTo("amir-abdollahian's");
    }
}
