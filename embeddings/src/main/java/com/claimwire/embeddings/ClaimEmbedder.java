package com.claimwire.embeddings;

import java.util.List;

/** Turns claim texts into sentence embeddings for claim matching and semantic search. */
public interface ClaimEmbedder {

    /** Number of dimensions of every vector this embedder returns. */
    int dimensions();

    /** One unit-length vector per text, in the same order. */
    List<float[]> embed(List<String> texts);

    /**
     * The cosine similarity of two vectors, as Elasticsearch's {@code cosine} computes it, and 0 when either is all
     * zeros: the one measure by which claims are compared, wherever they are.
     */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
