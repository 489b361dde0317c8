package com.claimwire.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmClaimEmbedderTest {

    private static MiniLmClaimEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = new MiniLmClaimEmbedder();
    }

    @AfterAll
    static void release() {
        embedder = null;
    }

    @Test
    void everyVectorHas384UnitLengthDimensions() {
        List<float[]> vectors = embedder.embed(List.of("Iran sent drones to Russia.", "Prices rose in March."));

        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(vectors).hasSize(2).allSatisfy(vector -> {
            assertThat(vector).hasSize(384);
            assertThat(norm(vector)).isCloseTo(1.0, within(1e-3));
        });
    }

    @Test
    void relatedClaimsAreCloserThanUnrelatedOnes() {
        List<float[]> vectors = embedder.embed(List.of(
                "Iran supplied a small number of drones to Russia before the war.",
                "Tehran admitted it had sent some drones to Moscow.",
                "The central bank raised interest rates to fight inflation."));

        double related = cosine(vectors.get(0), vectors.get(1));
        double unrelated = cosine(vectors.get(0), vectors.get(2));

        assertThat(related).isGreaterThan(unrelated + 0.3);
    }

    @Test
    void batchAndSingleEmbeddingsAgree() {
        String claim = "We will not be indifferent if it is proven that Russia used Iranian drones.";

        float[] alone = embedder.embed(List.of(claim)).get(0);
        float[] inBatch = embedder.embed(List.of("An unrelated sentence about football.", claim)).get(1);

        assertThat(cosine(alone, inBatch)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void blankTextsGetZeroVectorsWithoutFailingTheBatch() {
        List<float[]> vectors = embedder.embed(List.of("", "The minister denied it.", "   "));

        assertThat(vectors).hasSize(3);
        assertThat(norm(vectors.get(0))).isZero();
        assertThat(norm(vectors.get(1))).isCloseTo(1.0, within(1e-3));
        assertThat(norm(vectors.get(2))).isZero();
        assertThat(embedder.embed(List.of())).isEmpty();
    }

    @Test
    void concurrentCallersGetTheSameVectors() throws Exception {
        String claim = "The drone part is correct.";
        float[] expected = embedder.embed(List.of(claim)).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<float[]> task = () -> embedder.embed(List.of(claim, "Some other words.")).get(0);
            List<Future<float[]>> results = pool.invokeAll(List.of(task, task, task, task, task, task, task, task));
            for (Future<float[]> result : results) {
                assertThat(cosine(result.get(), expected)).isCloseTo(1.0, within(1e-4));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void moreThreadsPerCallGiveTheSameVectors() {
        String claim = "The minister said the allegations were baseless.";

        float[] twoThreads = new MiniLmClaimEmbedder(2).embed(List.of(claim)).get(0);

        assertThat(cosine(twoThreads, embedder.embed(List.of(claim)).get(0))).isCloseTo(1.0, within(1e-4));
        assertThatThrownBy(() -> new MiniLmClaimEmbedder(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double norm(float[] vector) {
        return Math.sqrt(dot(vector, vector));
    }

    private static double cosine(float[] a, float[] b) {
        return dot(a, b) / (norm(a) * norm(b));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
