package com.claimwire.search.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Query vectors for semantic claim search, from the same quantized all-MiniLM-L6-v2 model the analysis service
 * embeds claims with (cosine similarity, so vector length does not matter). The model loads on first use, so a
 * service that never gets a semantic query never pays for it.
 *
 * <p>The vectors of recent texts are kept: the same sentence comes back when several people open "claims like this"
 * on the same claim or the dashboard asks again with other filters, and the model costs far more than the search.
 */
@Component
class QueryEmbedder {

    /** Recent texts whose vectors are kept: 384 floats each, about 1.6 KB. */
    static final int CACHED_TEXTS = 1_000;

    private final Function<String, float[]> model;
    private final Map<String, float[]> recent = new LinkedHashMap<>(CACHED_TEXTS * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_TEXTS;
        }
    };
    private volatile EmbeddingModel loaded;

    QueryEmbedder() {
        this.model = text -> model().embed(TextSegment.from(text)).content().vector();
    }

    /** With {@code model} computing vectors instead of MiniLM. */
    QueryEmbedder(Function<String, float[]> model) {
        this.model = model;
    }

    /** The vector of {@code text}; callers must not modify it, since it may be handed out again. */
    float[] embed(String text) {
        synchronized (recent) {
            float[] known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock, so that one slow embedding never holds up the texts already known.
        float[] vector = model.apply(text);
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }

    private EmbeddingModel model() {
        EmbeddingModel model = loaded;
        if (model == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                model = loaded;
            }
        }
        return model;
    }
}
