package com.claimwire.analysis.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model, run in-process with ONNX Runtime. The model
 * ships inside its Maven artifact, so it loads offline. Safe to share between threads: the ONNX session is
 * thread-safe and this class keeps no other state.
 */
public final class MiniLmClaimEmbedder implements ClaimEmbedder {

    private static final int DIMENSIONS = 384;

    private final EmbeddingModel model;

    /** Loads the model from the classpath (about half a second). */
    public MiniLmClaimEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        // The model rejects blank segments; a blank text carries no meaning, so it gets the zero vector.
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (!isBlank(text)) {
                segments.add(TextSegment.from(text));
            }
        }
        List<Embedding> embeddings = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            vectors.add(isBlank(text) ? new float[DIMENSIONS] : unitLength(embeddings.get(next++).vector()));
        }
        return vectors;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static float[] unitLength(float[] vector) {
        double sumOfSquares = 0;
        for (float component : vector) {
            sumOfSquares += component * component;
        }
        if (sumOfSquares == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(sumOfSquares));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
