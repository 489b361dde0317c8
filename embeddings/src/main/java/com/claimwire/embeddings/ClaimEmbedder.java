package com.claimwire.embeddings;

import java.util.List;

/** Turns claim texts into sentence embeddings for claim matching and semantic search. */
public interface ClaimEmbedder {

    /** Number of dimensions of every vector this embedder returns. */
    int dimensions();

    /** One unit-length vector per text, in the same order. */
    List<float[]> embed(List<String> texts);
}
