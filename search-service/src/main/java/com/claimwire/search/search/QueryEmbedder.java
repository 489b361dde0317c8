package com.claimwire.search.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.springframework.stereotype.Component;

/**
 * Query vectors for semantic claim search, from the same quantized all-MiniLM-L6-v2 model the analysis service
 * embeds claims with (cosine similarity, so vector length does not matter). The model loads on first use, so a
 * service that never gets a semantic query never pays for it.
 */
@Component
class QueryEmbedder {

    private volatile EmbeddingModel model;

    float[] embed(String text) {
        return model().embed(TextSegment.from(text)).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
