package com.claimwire.embeddings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the vectors of the most recently embedded texts, so that a claim quoted again word for word (syndicated
 * copies, the same statement in several stories) is not run through the model again. Bounded: the least recently
 * used text is forgotten first. Safe to share between threads; the model runs outside the lock.
 *
 * <p>Vectors are shared between the callers that ask for the same text: like every vector on a claim, they are
 * read, never written.
 */
public final class CachingClaimEmbedder implements ClaimEmbedder {

    private final ClaimEmbedder model;
    private final Map<String, float[]> recent;
    private long hits;
    private long misses;

    /** Caches up to {@code capacity} texts' vectors from {@code model}. */
    public CachingClaimEmbedder(ClaimEmbedder model, int capacity) {
        this.model = Objects.requireNonNull(model, "model");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        // Each text the cache lacks, once, with its position in the batch given to the model.
        Map<String, Integer> unknown = new LinkedHashMap<>();
        synchronized (recent) {
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                vectors[i] = text == null ? null : recent.get(text);
                if (vectors[i] == null) {
                    unknown.putIfAbsent(text, unknown.size());
                }
            }
            hits += texts.size() - unknown.size();
            misses += unknown.size();
        }
        if (unknown.isEmpty()) {
            return List.of(vectors);
        }
        List<String> batch = new ArrayList<>(unknown.keySet());
        List<float[]> computed = model.embed(batch);
        synchronized (recent) {
            for (int i = 0; i < batch.size(); i++) {
                if (batch.get(i) != null) {
                    recent.put(batch.get(i), computed.get(i));
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            if (vectors[i] == null) {
                vectors[i] = computed.get(unknown.get(texts.get(i)));
            }
        }
        return List.of(vectors);
    }

    /** Texts answered from the cache so far. */
    public long hits() {
        synchronized (recent) {
            return hits;
        }
    }

    /** Texts the model had to embed so far. */
    public long misses() {
        synchronized (recent) {
            return misses;
        }
    }
}
