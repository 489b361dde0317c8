package com.claimwire.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingClaimEmbedderTest {

    /** Embeds a text as its length, and records each batch the model is given. */
    private static final class CountingModel implements ClaimEmbedder {

        final List<List<String>> batches = new ArrayList<>();

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            batches.add(List.copyOf(texts));
            return texts.stream().map(text -> new float[] {text.length(), 1}).toList();
        }
    }

    @Test
    void aClaimRepeatedWordForWordIsEmbeddedOnce() {
        CountingModel model = new CountingModel();
        CachingClaimEmbedder cache = new CachingClaimEmbedder(model, 10);

        List<float[]> first = cache.embed(List.of("Iran sent drones.", "Prices rose."));
        List<float[]> copy = cache.embed(List.of("Prices rose.", "Iran sent drones."));

        assertThat(model.batches).containsExactly(List.of("Iran sent drones.", "Prices rose."));
        assertThat(copy.get(0)).containsExactly(first.get(1));
        assertThat(copy.get(1)).containsExactly(first.get(0));
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void onlyTheNewTextsOfABatchGoToTheModelAndTheOrderIsKept() {
        CountingModel model = new CountingModel();
        CachingClaimEmbedder cache = new CachingClaimEmbedder(model, 10);
        cache.embed(List.of("known"));

        List<float[]> vectors = cache.embed(List.of("a new one", "known", "another new claim", "a new one"));

        assertThat(model.batches).containsExactly(List.of("known"), List.of("a new one", "another new claim"));
        assertThat(vectors).extracting(vector -> vector[0]).containsExactly(9f, 5f, 17f, 9f);
    }

    @Test
    void theLeastRecentlyUsedTextIsForgottenBeyondTheCapacity() {
        CountingModel model = new CountingModel();
        CachingClaimEmbedder cache = new CachingClaimEmbedder(model, 2);
        cache.embed(List.of("one"));
        cache.embed(List.of("two"));
        cache.embed(List.of("one"));
        cache.embed(List.of("three"));

        cache.embed(List.of("one", "two"));

        assertThat(model.batches).containsExactly(List.of("one"), List.of("two"), List.of("three"), List.of("two"));
    }

    @Test
    void aFailingModelFailsTheCallAndCachesNothing() {
        CountingModel model = new CountingModel();
        ClaimEmbedder failingOnce = new ClaimEmbedder() {
            private boolean failed;

            @Override
            public int dimensions() {
                return 2;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("ONNX session closed");
                }
                return model.embed(texts);
            }
        };
        CachingClaimEmbedder cache = new CachingClaimEmbedder(failingOnce, 10);

        assertThatThrownBy(() -> cache.embed(List.of("text"))).hasMessage("ONNX session closed");
        assertThat(cache.embed(List.of("text")).get(0)).containsExactly(4f, 1f);
        assertThat(model.batches).containsExactly(List.of("text"));
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new CachingClaimEmbedder(new CountingModel(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
