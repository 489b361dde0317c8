package com.claimwire.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClaimEmbedderCosineTest {

    @Test
    void cosineIgnoresLengthAndMeasuresTheAngle() {
        assertThat(ClaimEmbedder.cosine(new float[] {1, 2, 2}, new float[] {2, 4, 4})).isCloseTo(1, within(1e-12));
        assertThat(ClaimEmbedder.cosine(new float[] {1, 0}, new float[] {0, 3})).isZero();
        assertThat(ClaimEmbedder.cosine(new float[] {1, 1}, new float[] {1, 0})).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(ClaimEmbedder.cosine(new float[] {1, 0}, new float[] {-1, 0})).isCloseTo(-1, within(1e-12));
    }

    @Test
    void aVectorOfZerosIsSimilarToNothing() {
        assertThat(ClaimEmbedder.cosine(new float[] {0, 0}, new float[] {1, 0})).isZero();
    }
}
