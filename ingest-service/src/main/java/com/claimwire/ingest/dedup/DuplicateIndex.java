package com.claimwire.ingest.dedup;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What ingest has published, per article id: version, content hash and body sketch. It decides whether an
 * incoming article is new, an update (next version) or an unchanged re-delivery, and whether its body
 * nearly duplicates another article's (syndicated copy under another URL), pointing at the first copy.
 *
 * <p>Thread-safe. Pure logic: filled from what is published and from what other instances published.
 */
public final class DuplicateIndex {

    private final double minSimilarity;
    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<Long, Set<String>> idsByBand = new HashMap<>();
    private long sequence;

    /** @param minSimilarity estimated Jaccard similarity of shingles from which two bodies count as copies */
    public DuplicateIndex(double minSimilarity) {
        if (minSimilarity <= 0 || minSimilarity > 1) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1], was " + minSimilarity);
        }
        this.minSimilarity = minSimilarity;
    }

    /**
     * Decides what to do with an article and, unless it is unchanged, records it at once so that a concurrent
     * copy sees it; {@link #release} undoes that when publishing fails.
     *
     * @param sketch the body's sketch, or {@code null} when the body is too short to compare
     */
    public synchronized Decision reserve(String id, String contentHash, MinHash.Sketch sketch) {
        Entry existing = byId.get(id);
        if (existing != null && existing.contentHash().equals(contentHash)) {
            return new Decision(id, Decision.Kind.UNCHANGED, existing.version(), existing.duplicateOf(), existing);
        }
        String duplicateOf = firstCopyOf(id, sketch);
        int version = existing == null ? 1 : existing.version() + 1;
        put(new Entry(id, version, contentHash, sketch, duplicateOf, existing == null ? sequence++ : existing.firstSeen()));
        return new Decision(id, existing == null ? Decision.Kind.NEW : Decision.Kind.UPDATED, version, duplicateOf, existing);
    }

    /** Undoes a {@link #reserve} whose article could not be published. */
    public synchronized void release(Decision decision) {
        if (decision.kind() == Decision.Kind.UNCHANGED) {
            return;
        }
        Entry current = byId.get(decision.id());
        if (current == null || current.version() != decision.version()) {
            return;
        }
        remove(current);
        if (decision.previous() != null) {
            put(decision.previous());
        }
    }

    /**
     * Records an article seen on the topic (published by this or another instance, now or before a restart).
     * Versions older than the one known are ignored, so replaying the topic is harmless.
     */
    public synchronized void observe(String id, int version, String contentHash, MinHash.Sketch sketch, String duplicateOf) {
        Entry existing = byId.get(id);
        if (existing != null && (existing.version() > version
                || (existing.version() == version && existing.contentHash().equals(contentHash)))) {
            return;
        }
        put(new Entry(id, version, contentHash, sketch, duplicateOf, existing == null ? sequence++ : existing.firstSeen()));
    }

    /** Whether an article with this id was published. */
    public synchronized boolean contains(String id) {
        return byId.containsKey(id);
    }

    public synchronized int size() {
        return byId.size();
    }

    private String firstCopyOf(String id, MinHash.Sketch sketch) {
        if (sketch == null) {
            return null;
        }
        Entry first = null;
        for (long band : sketch.bands()) {
            Set<String> candidates = idsByBand.get(band);
            if (candidates == null) {
                continue;
            }
            for (String candidateId : candidates) {
                Entry candidate = byId.get(candidateId);
                if (candidateId.equals(id) || (first != null && candidate.firstSeen() >= first.firstSeen())
                        || MinHash.similarity(candidate.sketch(), sketch) < minSimilarity) {
                    continue;
                }
                first = candidate;
            }
        }
        if (first == null) {
            return null;
        }
        String root = first.duplicateOf() != null ? first.duplicateOf() : first.id();
        return root.equals(id) ? null : root;
    }

    private void put(Entry entry) {
        Entry replaced = byId.get(entry.id());
        if (replaced != null) {
            remove(replaced);
        }
        byId.put(entry.id(), entry);
        if (entry.sketch() != null) {
            for (long band : entry.sketch().bands()) {
                idsByBand.computeIfAbsent(band, key -> new LinkedHashSet<>()).add(entry.id());
            }
        }
    }

    private void remove(Entry entry) {
        byId.remove(entry.id());
        if (entry.sketch() != null) {
            for (long band : entry.sketch().bands()) {
                Set<String> ids = idsByBand.get(band);
                if (ids != null) {
                    ids.remove(entry.id());
                    if (ids.isEmpty()) {
                        idsByBand.remove(band);
                    }
                }
            }
        }
    }

    /** What the index knows about one article. */
    record Entry(String id, int version, String contentHash, MinHash.Sketch sketch, String duplicateOf, long firstSeen) {
    }

    /**
     * What to do with an incoming article.
     *
     * @param id article id
     * @param kind new, updated or unchanged
     * @param version the version to publish (or, when unchanged, the one already published)
     * @param duplicateOf id of the first copy when the body nearly duplicates another article, else {@code null}
     * @param previous what was known before, to restore on {@link #release}
     */
    public record Decision(String id, Kind kind, int version, String duplicateOf, Entry previous) {

        public enum Kind { NEW, UPDATED, UNCHANGED }

        public boolean publish() {
            return kind != Kind.UNCHANGED;
        }
    }
}
