package com.claimwire.search.search;

import com.claimwire.embeddings.CachingClaimEmbedder;
import com.claimwire.embeddings.ClaimEmbedder;
import com.claimwire.embeddings.MiniLmClaimEmbedder;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Query vectors for semantic claim search, from the embedder the analysis service embeds claims with (the same
 * quantized all-MiniLM-L6-v2 model, run the same way: on the request's thread, one ONNX Runtime thread that sleeps
 * rather than spins, so a query's embedding never busy-waits on the cores Elasticsearch needs for the search). The
 * model loads on first use, so a service that never gets a semantic query never pays for it.
 *
 * <p>The vectors of recent texts are kept: the same sentence comes back when several people open "claims like this"
 * on the same claim or the dashboard asks again with other filters, and the model costs far more than the search.
 */
@Component
class QueryEmbedder {

    /** Recent texts whose vectors are kept: 384 floats each, about 1.6 KB. */
    static final int CACHED_TEXTS = 1_000;

    private final Supplier<ClaimEmbedder> model;
    private volatile ClaimEmbedder loaded;

    QueryEmbedder() {
        this(MiniLmClaimEmbedder::new);
    }

    /** With the embedder {@code model} makes, on first use, instead of MiniLM. */
    QueryEmbedder(Supplier<ClaimEmbedder> model) {
        this.model = model;
    }

    /** The vector of {@code text}; callers must not modify it, since it may be handed out again. */
    float[] embed(String text) {
        return embedder().embed(List.of(text)).get(0);
    }

    private ClaimEmbedder embedder() {
        ClaimEmbedder embedder = loaded;
        if (embedder == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = new CachingClaimEmbedder(model.get(), CACHED_TEXTS);
                }
                embedder = loaded;
            }
        }
        return embedder;
    }
}
