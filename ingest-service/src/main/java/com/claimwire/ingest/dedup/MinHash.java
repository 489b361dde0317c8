package com.claimwire.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * MinHash sketches of a text's word 3-shingles: the share of equal sketch values estimates the Jaccard
 * similarity of two texts' shingle sets, so a syndicated copy with its own dateline, footer or trimmed
 * paragraph still scores high while an article on the same story in other words does not.
 *
 * <p>Candidates are found by locality-sensitive hashing: {@value #BANDS} bands of {@value #ROWS} values each;
 * two texts with Jaccard similarity 0.7 share a band with probability 0.97, at 0.3 with probability 0.05.
 * Only the low byte of each value is kept for the estimate (b-bit minwise hashing), corrected for the
 * chance agreement of one in 256.
 */
public final class MinHash {

    static final int SHINGLE_SIZE = 3;
    static final int BANDS = 20;
    static final int ROWS = 5;
    static final int HASHES = BANDS * ROWS;
    private static final double CHANCE_AGREEMENT = 1.0 / 256;
    private static final long[] SEEDS = new SplittableRandom(0x5eed_c1a1_3a11L).longs(HASHES).toArray();

    private MinHash() {
    }

    /**
     * The sketch of {@code text}, or empty when it has fewer than {@code minWords} words: short texts
     * (briefs, tables of figures) share too many shingles by chance to call them copies.
     */
    public static Optional<Sketch> sketch(String text, int minWords) {
        List<String> words = words(text);
        if (words.size() < Math.max(minWords, SHINGLE_SIZE)) {
            return Optional.empty();
        }
        long[] shingles = shingleHashes(words);
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long value = mix(shingle ^ SEEDS[i]);
                if (Long.compareUnsigned(value, minima[i]) < 0) {
                    minima[i] = value;
                }
            }
        }
        byte[] lowBytes = new byte[HASHES];
        long[] bands = new long[BANDS];
        for (int i = 0; i < HASHES; i++) {
            lowBytes[i] = (byte) minima[i];
        }
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = mix(key * 31 + minima[band * ROWS + row]);
            }
            bands[band] = key;
        }
        return Optional.of(new Sketch(lowBytes, bands));
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
    public static double similarity(Sketch a, Sketch b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a.lowBytes()[i] == b.lowBytes()[i]) {
                equal++;
            }
        }
        double raw = (double) equal / HASHES;
        return Math.max(0, (raw - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT));
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static long[] shingleHashes(List<String> words) {
        long[] hashes = new long[words.size() - SHINGLE_SIZE + 1];
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i < hashes.length; i++) {
            shingle.setLength(0);
            for (int j = i; j < i + SHINGLE_SIZE; j++) {
                shingle.append(words.get(j)).append(' ');
            }
            hashes[i] = fnv1a(shingle);
        }
        return Arrays.stream(hashes).distinct().toArray();
    }

    private static long fnv1a(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The murmur3 finaliser: every output bit depends on every input bit. */
    private static long mix(long value) {
        long hash = value;
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }

    /**
     * A text's sketch.
     *
     * @param lowBytes low byte of each of the {@value #HASHES} minimum hash values, for the similarity estimate
     * @param bands one key per LSH band, for finding candidates
     */
    public record Sketch(byte[] lowBytes, long[] bands) {
    }
}
