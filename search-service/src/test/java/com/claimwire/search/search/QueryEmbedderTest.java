package com.claimwire.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryEmbedderTest {

    private final List<String> computed = new ArrayList<>();
    private final QueryEmbedder embedder = new QueryEmbedder(text -> {
        computed.add(text);
        return new float[] {text.length()};
    });

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
