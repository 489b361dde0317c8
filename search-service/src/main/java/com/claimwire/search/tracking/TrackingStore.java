package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.claimwire.contracts.ClaimType;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tracking index: one document per tracked claim, keyed by claim id, so that storing a claim twice stores it
 * once, and cluster counts are counted from the documents rather than kept in counters a retry could double.
 */
final class TrackingStore {

    static final int EMBEDDING_DIMENSIONS = 384;
    private static final String MAPPING = "elasticsearch/tracking-mapping.json";
    /** Claims searched in one multi-search request, to keep requests small. */
    private static final int SEARCHES_PER_REQUEST = 100;
    /** Distinct outlets counted per cluster; more than any real story has. */
    private static final int MAX_OUTLETS = 10_000;
    /**
     * The tracking index is never refreshed on a timer: tracking refreshes it when it must (PendingClaims full, another
     * instance tracked, a new process), and each timed refresh would write a small segment with a vector graph of its
     * own, which every candidate search must visit and merging must rebuild.
     */
    private static final String NEVER = "-1";
    /** Characters of a claim's text used to find candidates by text. */
    private static final int MAX_QUERY_TEXT = 1_000;
    /**
     * Nearest neighbours gathered per wanted candidate by the quantized vectors, then scored again with the float
     * vectors: candidates are kept or dropped by their cosine against calibrated thresholds, so the cosine must be the
     * exact one whatever the index quantizes to (bbq since session 5, int8 before), and a bbq graph needs the margin
     * to find the same neighbours.
     */
    private static final float RESCORE_OVERSAMPLE = 3;

    private final ElasticsearchClient client;
    private final String index;
    private final int candidates;
    private final int vectorCandidates;
    private final float sameCosine;
    private final float opposingCosine;
    private final IndexOnce creation;
    private volatile boolean timedRefreshOff;

    /** Primary shards and replicas per shard of a newly created tracking index. */
    record IndexLayout(int shards, int replicas) {
    }

    /**
     * @param sameCosine the least cosine a same-stance candidate can matter at
     * @param opposingCosine the least cosine an opposite-stance candidate can matter at
     */
    TrackingStore(ElasticsearchClient client, String index, IndexLayout layout, int candidates, int vectorCandidates,
            double sameCosine, double opposingCosine) {
        this.client = client;
        this.index = index;
        String mapping = mapping();
        this.creation = new IndexOnce(client, index, c -> c
                .settings(s -> s.numberOfShards(Integer.toString(layout.shards()))
                        .numberOfReplicas(Integer.toString(layout.replicas()))
                        .refreshInterval(t -> t.time(NEVER)))
                .mappings(m -> m.withJson(new StringReader(mapping))));
        this.candidates = candidates;
        this.vectorCandidates = Math.max(vectorCandidates, candidates);
        this.sameCosine = (float) sameCosine;
        this.opposingCosine = (float) opposingCosine;
    }

    String index() {
        return index;
    }

    private static String mapping() {
        try (InputStream resource = TrackingStore.class.getClassLoader().getResourceAsStream(MAPPING)) {
            if (resource == null) {
                throw new IllegalStateException("mapping resource " + MAPPING + " is missing");
            }
            return new String(resource.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("mapping resource " + MAPPING + " is unreadable", e);
        }
    }

    /**
     * Creates the tracking index when it is missing, and turns its timed refresh off, also on an index created by an
     * earlier version. Cheap once done.
     */
    void ensureIndex() throws IOException {
        creation.ensure();
        if (!timedRefreshOff) {
            client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time(NEVER))));
            timedRefreshOff = true;
        }
    }

    /** Makes every stored claim searchable. */
    void refresh() throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /** The stored results of those of {@code claimIds} that were tracked before. GETs are real-time. */
    Map<String, TrackingResult> storedResults(List<String> claimIds) throws IOException {
        var response = client.mget(m -> m.index(index).ids(claimIds)
                .sourceExcludes("embedding", "text"), TrackingDocument.class);
        Map<String, TrackingResult> stored = new HashMap<>();
        for (MultiGetResponseItem<TrackingDocument> item : response.docs()) {
            if (item.isFailure()) {
                throw new IOException("tracking lookup failed: " + item.failure().error().reason());
            }
            var result = item.result();
            if (result.found() && result.source() != null) {
                stored.put(result.id(), result.source().result());
            }
        }
        return stored;
    }

    /**
     * The stored claims closest to each of {@code claims}: for a claim with an embedding, its nearest neighbours
     * with the same stance and with the opposite stance, each only as close as could matter (with the cosine the
     * search measured); without an embedding, the best text matches of either stance.
     */
    List<List<EarlierClaim>> candidates(List<TrackedClaim> claims) throws IOException {
        List<List<EarlierClaim>> all = new ArrayList<>(claims.size());
        for (int from = 0; from < claims.size(); from += SEARCHES_PER_REQUEST) {
            List<TrackedClaim> chunk = claims.subList(from, Math.min(claims.size(), from + SEARCHES_PER_REQUEST));
            List<RequestItem> searches = new ArrayList<>();
            List<Integer> owner = new ArrayList<>();
            List<Boolean> vector = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                TrackedClaim claim = chunk.get(i);
                for (Related kind : related(claim)) {
                    if (usesVectors(claim)) {
                        searches.add(vectorSearch(claim, kind));
                        vector.add(true);
                    } else {
                        searches.add(textSearch(claim, kind));
                        vector.add(false);
                    }
                    owner.add(i);
                }
            }
            List<List<EarlierClaim>> chunkCandidates = new ArrayList<>();
            chunk.forEach(claim -> chunkCandidates.add(new ArrayList<>()));
            if (!searches.isEmpty()) {
                MsearchResponse<TrackingDocument> response = client.msearch(
                        m -> m.index(index).searches(searches), TrackingDocument.class);
                List<MultiSearchResponseItem<TrackingDocument>> responses = response.responses();
                for (int s = 0; s < responses.size(); s++) {
                    var item = responses.get(s);
                    if (item.isFailure()) {
                        throw new IOException("candidate search failed: " + item.failure().error().reason());
                    }
                    for (Hit<TrackingDocument> hit : item.result().hits().hits()) {
                        TrackingDocument document = hit.source();
                        if (document == null) {
                            continue;
                        }
                        Double cosine = vector.get(s) && hit.score() != null ? cosineOfScore(hit.score()) : null;
                        chunkCandidates.get(owner.get(s))
                                .add(new EarlierClaim(document.claim(), document.clusterId(), cosine));
                    }
                }
            }
            all.addAll(chunkCandidates);
        }
        return all;
    }

    /**
     * Earlier claims of one kind that can relate to a claim, and the least cosine at which they can matter.
     */
    private record Related(Query filter, float minimumCosine) {
    }

    /**
     * The claims with the same stance or weighed by polarity ({@link PropositionMatcher#polarityTypes}), which may
     * state the same proposition, and those of a type that can contradict the claim's
     * ({@link PropositionMatcher#contradictingTypes}), when there is one.
     */
    private List<Related> related(TrackedClaim claim) {
        Query sameStance = Query.of(q -> q.term(t -> t.field("stance").value(claim.stance().name())));
        Set<ClaimType> byPolarity = PropositionMatcher.polarityTypes(claim.type());
        Related same = new Related(byPolarity.isEmpty() ? sameStance : Query.of(q -> q.bool(b -> b
                .should(sameStance)
                .should(s -> s.terms(t -> t.field("type").terms(v -> v.value(fieldValues(byPolarity)))))
                .minimumShouldMatch("1"))), sameCosine);
        Set<ClaimType> contradicting = PropositionMatcher.contradictingTypes(claim.type());
        if (contradicting.isEmpty()) {
            return List.of(same);
        }
        return List.of(same, new Related(
                Query.of(q -> q.terms(t -> t.field("type").terms(v -> v.value(fieldValues(contradicting))))),
                opposingCosine));
    }

    private static List<FieldValue> fieldValues(Set<ClaimType> types) {
        return types.stream().map(type -> FieldValue.of(type.name())).toList();
    }

    /**
     * Whether the claim's embedding fits the vector field: 384 finite values, not all zero (a cosine field rejects
     * a zero vector, and one unstorable claim must not hold up its partition).
     */
    static boolean usesVectors(TrackedClaim claim) {
        if (!claim.hasEmbedding() || claim.embedding().length != EMBEDDING_DIMENSIONS) {
            return false;
        }
        double norm = 0;
        for (float value : claim.embedding()) {
            if (!Float.isFinite(value)) {
                return false;
            }
            norm += value * value;
        }
        return norm > 0;
    }

    /**
     * A nearest-neighbour search for the claims of one kind close to {@code claim}, as a {@code knn} query: the same
     * neighbours per shard as a top-level {@code knn} section, without the extra search phase that section costs.
     * Hits come back with their stored source as is: it never holds the embedding (the mapping leaves it out), so
     * filtering it would only make Elasticsearch parse every hit.
     */
    private RequestItem vectorSearch(TrackedClaim claim, Related kind) {
        List<Float> vector = new ArrayList<>(claim.embedding().length);
        for (float value : claim.embedding()) {
            vector.add(value);
        }
        return RequestItem.of(r -> r.header(h -> h.index(index)).body(b -> b
                .query(q -> q.knn(k -> k.field("embedding").queryVector(vector).k(candidates)
                        .numCandidates(vectorCandidates)
                        .rescoreVector(rescore -> rescore.oversample(RESCORE_OVERSAMPLE))
                        .similarity(kind.minimumCosine())
                        .filter(kind.filter())))
                .size(candidates)));
    }

    private RequestItem textSearch(TrackedClaim claim, Related kind) {
        return RequestItem.of(r -> r.header(h -> h.index(index)).body(b -> b
                .query(q -> q.bool(bool -> bool
                        .must(m -> m.match(match -> match.field("text").query(queryText(claim.text()))))
                        .filter(kind.filter())))
                .size(candidates)));
    }

    /** The start of a long claim is enough to find its candidates, and keeps the query within clause limits. */
    private static String queryText(String text) {
        return text.length() <= MAX_QUERY_TEXT ? text : text.substring(0, MAX_QUERY_TEXT);
    }

    /** Elasticsearch scores a cosine vector match as {@code (1 + cosine) / 2}. */
    private static double cosineOfScore(double score) {
        return 2 * score - 1;
    }

    /**
     * The summary of each of {@code clusterIds} counted from the searchable claims that joined it, except the claims
     * of {@code leftOut} (counted by the caller, whether or not a search shows them yet).
     */
    Map<String, ClusterSummary> clusters(Set<String> clusterIds, Set<String> leftOut) throws IOException {
        Map<String, ClusterSummary> summaries = new HashMap<>();
        List<String> ids = List.copyOf(clusterIds);
        for (int from = 0; from < ids.size(); from += SEARCHES_PER_REQUEST) {
            List<FieldValue> chunk = ids.subList(from, Math.min(ids.size(), from + SEARCHES_PER_REQUEST)).stream()
                    .map(FieldValue::of).toList();
            SearchResponse<Void> response = client.search(s -> s.index(index).size(0)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.terms(t -> t.field("clusterId").terms(v -> v.value(chunk))));
                        return leftOut.isEmpty() ? b : b.mustNot(m -> m.ids(i -> i.values(List.copyOf(leftOut))));
                    }))
                    .aggregations("clusters", a -> a
                            .terms(t -> t.field("clusterId").size(chunk.size()))
                            .aggregations("outlets", o -> o.terms(t -> t.field("source").size(MAX_OUTLETS)))
                            .aggregations("first", f -> f.topHits(h -> h.size(1)
                                    .sort(so -> so.field(fs -> fs.field("publishedAt").order(SortOrder.Asc)))
                                    .source(src -> src.filter(sf -> sf.includes("publishedAt", "source")))))),
                    Void.class);
            for (StringTermsBucket bucket : response.aggregations().get("clusters").sterms().buckets().array()) {
                String clusterId = bucket.key().stringValue();
                Set<String> outlets = new HashSet<>();
                bucket.aggregations().get("outlets").sterms().buckets().array()
                        .forEach(outlet -> outlets.add(outlet.key().stringValue()));
                Instant firstSeenAt = null;
                String firstSource = null;
                var first = bucket.aggregations().get("first").topHits().hits().hits();
                if (!first.isEmpty() && first.get(0).source() != null) {
                    FirstReport report = first.get(0).source().to(FirstReport.class);
                    firstSeenAt = report.publishedAt();
                    firstSource = report.source();
                }
                summaries.put(clusterId, new ClusterSummary(clusterId, firstSeenAt, firstSource,
                        (int) bucket.docCount(), outlets));
            }
        }
        return summaries;
    }

    private record FirstReport(Instant publishedAt, String source) {
    }

    /**
     * Stores newly tracked claims. They become searchable at the index's next refresh, not at once: forcing one per
     * batch made tracking the pipeline's bottleneck, so the caller compares later claims with them in memory until
     * then ({@link PendingClaims}). Storing a claim again overwrites it with the same document.
     */
    void save(List<TrackingDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (TrackingDocument document : documents) {
            TrackingDocument stored = usesVectors(document.claim()) ? document : withoutEmbedding(document);
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(stored.claimId()).document(stored))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        if (response.errors()) {
            Map<String, String> failures = new LinkedHashMap<>();
            response.items().stream().filter(item -> item.error() != null)
                    .forEach(item -> failures.put(item.id(), item.error().type() + ": " + item.error().reason()));
            throw new IOException("storing tracked claims failed: " + failures);
        }
    }

    /** A tracked claim as a search of this store finds it: without an embedding the vector field cannot hold. */
    static EarlierClaim asStored(EarlierClaim tracked) {
        TrackedClaim claim = tracked.claim();
        if (usesVectors(claim) || !claim.hasEmbedding()) {
            return tracked;
        }
        return new EarlierClaim(new TrackedClaim(claim.claimId(), claim.articleId(), claim.text(), claim.type(),
                claim.cue(),
                claim.speakerName(), claim.speakerKind(), claim.speakerRole(), claim.entities(), null,
                claim.publishedAt(), claim.source(), claim.duplicateOf()), tracked.clusterId(), tracked.cosine());
    }

    /** Vectors of another model cannot go into the 384-dimension field; the claim is then matched by its words. */
    private static TrackingDocument withoutEmbedding(TrackingDocument document) {
        return new TrackingDocument(document.claimId(), document.articleId(), document.text(), document.type(),
                document.cue(), document.stance(), document.speaker(), document.entities(), null, document.publishedAt(),
                document.source(), document.duplicateOf(), document.status(), document.clusterId(),
                document.firstSeenAt(), document.firstSource(), document.reports(), document.outlets(),
                document.opposingClaimIds(), document.trackedAt());
    }
}
