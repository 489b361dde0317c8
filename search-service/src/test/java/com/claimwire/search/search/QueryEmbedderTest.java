package com.claimwire.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.embeddings.ClaimEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QueryEmbedderTest {

    private final List<String> computed = new ArrayList<>();
    private final AtomicInteger modelsLoaded = new AtomicInteger();
    private final QueryEmbedder embedder = new QueryEmbedder(() -> {
        modelsLoaded.incrementAndGet();
        return new ClaimEmbedder() {
            @Override
            public int dimensions() {
                return 1;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                computed.addAll(texts);
                return texts.stream().map(text -> new float[] {text.length()}).toList();
            }
        };
    });

    @Test
    void theModelLoadsOnTheFirstQueryAndOnlyOnce() {
        assertThat(modelsLoaded).hasValue(0);

        embedder.embed("Iran sent drones to Russia");
        embedder.embed("Prices rose in March");

        assertThat(modelsLoaded).hasValue(1);
    }

    @Test
    void aTextAskedAgainIsNotEmbeddedAgain() {
        float[] first = embedder.embed("Iran sent drones to Russia");
        float[] again = embedder.embed("Iran sent drones to Russia");

        assertThat(again).isSameAs(first);
        assertThat(computed).containsExactly("Iran sent drones to Russia");
    }

    @Test
    void onlyTheMostRecentlyUsedTextsAreKept() {
        embedder.embed("the oldest text");
        for (int i = 0; i < QueryEmbedder.CACHED_TEXTS; i++) {
            embedder.embed("text " + i);
        }
        embedder.embed("text 0");
        embedder.embed("the oldest text");

        assertThat(computed).hasSize(QueryEmbedder.CACHED_TEXTS + 2);
        assertThat(computed.get(computed.size() - 1)).isEqualTo("the oldest text");
    }
}
