package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.search.indexing.ClaimDocument;
import com.claimwire.search.indexing.IndexBootstrap;
import com.claimwire.search.indexing.IndexKind;
import com.claimwire.search.tracking.ClaimDetail.ClaimView;
import com.claimwire.search.tracking.ClaimDetail.OpposingClaim;
import com.claimwire.search.tracking.ClaimDetail.Relation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reads claims, their clusters, opposing claims and speakers' timelines from the claims index. */
@Component
class ClaimTrackingQueries {

    /** Claims listed per cluster, opposing list or timeline page at most. */
    static final int MAX_LISTED = 200;

    private final ElasticsearchClient client;
    private final IndexBootstrap indices;

    ClaimTrackingQueries(ElasticsearchClient client, IndexBootstrap indices) {
        this.client = client;
        this.indices = indices;
    }

    /** The claim with its context, cluster and opposing claims, or empty when there is no such claim. */
    Optional<ClaimDetail> detail(String claimId) throws IOException {
        String claims = indices.alias(IndexKind.CLAIMS);
        if (!client.indices().existsAlias(a -> a.name(claims)).value()) {
            return Optional.empty();
        }
        var found = client.get(g -> g.index(claims).id(claimId).sourceExcludes("embedding"), ClaimDocument.class);
        if (!found.found() || found.source() == null) {
            return Optional.empty();
        }
        ClaimDocument claim = found.source();
        ClaimDetail.Cluster cluster = cluster(claims, claim);
        List<OpposingClaim> opposing = opposing(claims, claim, cluster);
        return Optional.of(new ClaimDetail(ClaimView.of(claim), contextsAt(List.of(ClaimLocation.of(claim))).get(claim.id()), cluster,
                opposing));
    }

    private ClaimDetail.Cluster cluster(String claims, ClaimDocument claim) throws IOException {
        if (claim.tracking() == null || claim.tracking().clusterId() == null) {
            return new ClaimDetail.Cluster(claim.id(), 1, claim.source() == null ? 0 : 1, List.of(ClaimView.of(claim)));
        }
        String clusterId = claim.tracking().clusterId();
        SearchResponse<ClaimDocument> response = client.search(s -> s.index(claims)
                .query(q -> q.term(t -> t.field("tracking.clusterId").value(clusterId)))
                .sort(so -> so.field(f -> f.field("publishedAt").order(SortOrder.Asc)))
                .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
                .size(MAX_LISTED).trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("embedding")))
                .aggregations("outlets", a -> a.cardinality(c -> c.field("source"))), ClaimDocument.class);
        List<ClaimView> members = documents(response).stream().map(ClaimView::of).toList();
        long reports = response.hits().total() == null ? members.size() : response.hits().total().value();
        long outlets = response.aggregations().get("outlets").cardinality().value();
        return new ClaimDetail.Cluster(clusterId, reports, outlets, members);
    }

    /**
     * Claims opposing any report of the cluster: those its reports named as opposing when they were tracked, and
     * later claims that named one of its reports.
     */
    private List<OpposingClaim> opposing(String claims, ClaimDocument claim, ClaimDetail.Cluster cluster)
            throws IOException {
        Set<String> memberIds = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        memberIds.add(claim.id());
        if (claim.tracking() != null) {
            named.addAll(claim.tracking().opposingClaimIds());
        }
        for (ClaimView member : cluster.claims()) {
            memberIds.add(member.id());
            if (member.tracking() != null) {
                named.addAll(member.tracking().opposingClaimIds());
            }
        }
        List<FieldValue> members = memberIds.stream().map(FieldValue::of).toList();
        List<Query> either = new ArrayList<>();
        either.add(Query.of(q -> q.terms(t -> t.field("tracking.opposingClaimIds").terms(v -> v.value(members)))));
        if (!named.isEmpty()) {
            either.add(Query.of(q -> q.ids(i -> i.values(List.copyOf(named)))));
        }
        SearchResponse<ClaimDocument> response = client.search(s -> s.index(claims)
                .query(q -> q.bool(b -> b.should(either).minimumShouldMatch("1")
                        .mustNot(m -> m.ids(i -> i.values(List.copyOf(memberIds))))))
                .sort(so -> so.field(f -> f.field("publishedAt").order(SortOrder.Asc)))
                .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
                .size(MAX_LISTED)
                .source(src -> src.filter(f -> f.excludes("embedding"))), ClaimDocument.class);
        TrackedClaim subject = tracked(claim);
        return documents(response).stream()
                .map(other -> new OpposingClaim(ClaimView.of(other),
                        Actors.same(subject, tracked(other)) ? Relation.REVERSAL : Relation.DISPUTE))
                .toList();
    }

    /** The sentence of each claim found in its article, by claim id; claims whose article is not indexed are left out. */
    private Map<String, ClaimContext> contextsAt(List<ClaimLocation> claims) throws IOException {
        String articles = indices.alias(IndexKind.ARTICLES);
        List<String> articleIds = claims.stream().map(ClaimLocation::articleId).distinct().toList();
        Map<String, ClaimContext> contexts = new HashMap<>();
        if (articleIds.isEmpty() || !client.indices().existsAlias(a -> a.name(articles)).value()) {
            return contexts;
        }
        var response = client.mget(m -> m.index(articles).ids(articleIds).sourceIncludes("body"), ArticleBody.class);
        Map<String, String> bodies = new HashMap<>();
        for (var item : response.docs()) {
            if (!item.isFailure() && item.result().found() && item.result().source() != null) {
                bodies.put(item.result().id(), item.result().source().body());
            }
        }
        for (ClaimLocation claim : claims) {
            ClaimContext context = ClaimContext.around(bodies.get(claim.articleId()), claim.start(), claim.end());
            if (context != null) {
                contexts.put(claim.id(), context);
            }
        }
        return contexts;
    }

    /** The sentence of each of {@code claimIds} that exists and whose article is indexed. */
    Map<String, ClaimContext> contextsOf(List<String> claimIds) throws IOException {
        String claims = indices.alias(IndexKind.CLAIMS);
        if (claimIds.isEmpty() || !client.indices().existsAlias(a -> a.name(claims)).value()) {
            return Map.of();
        }
        var response = client.mget(m -> m.index(claims).ids(claimIds)
                .sourceIncludes("id", "articleId", "start", "end"), ClaimLocation.class);
        List<ClaimLocation> found = new ArrayList<>();
        for (var item : response.docs()) {
            if (!item.isFailure() && item.result().found() && item.result().source() != null) {
                found.add(item.result().source());
            }
        }
        return contextsAt(found);
    }

    private record ArticleBody(String body) {
    }

    /** Where a claim sits in its article. */
    private record ClaimLocation(String id, String articleId, int start, int end) {

        static ClaimLocation of(ClaimDocument claim) {
            return new ClaimLocation(claim.id(), claim.articleId(), claim.start(), claim.end());
        }
    }

    /**
     * A speaker's claims, earliest first, with how many of each type per day; empty when the speaker has none. The
     * name matches exactly or as a phrase within a longer name ("Amir-Abdollahian" finds "Hossein Amir-Abdollahian").
     */
    Optional<SpeakerTimeline> timeline(String speaker, int size) throws IOException {
        String claims = indices.alias(IndexKind.CLAIMS);
        if (!client.indices().existsAlias(a -> a.name(claims)).value()) {
            return Optional.empty();
        }
        SearchResponse<ClaimDocument> response = client.search(s -> s.index(claims)
                .query(q -> q.bool(b -> b.minimumShouldMatch("1")
                        .should(exact -> exact.term(t -> t.field("speaker.name").value(speaker)))
                        .should(phrase -> phrase.matchPhrase(p -> p.field("speaker.name.text").query(speaker)))))
                .sort(so -> so.field(f -> f.field("publishedAt").order(SortOrder.Asc)))
                .sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
                .size(size).trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("embedding")))
                .aggregations("days", a -> a
                        .dateHistogram(h -> h.field("publishedAt").calendarInterval(CalendarInterval.Day)
                                .minDocCount(1).format("yyyy-MM-dd"))
                        .aggregations("types", t -> t.terms(terms -> terms.field("type").size(ClaimType.values().length)))),
                ClaimDocument.class);
        List<ClaimDocument> found = documents(response);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<SpeakerTimeline.Day> days = new ArrayList<>();
        for (var bucket : response.aggregations().get("days").dateHistogram().buckets().array()) {
            Map<String, Long> byType = new LinkedHashMap<>();
            bucket.aggregations().get("types").sterms().buckets().array()
                    .forEach(type -> byType.put(type.key().stringValue(), type.docCount()));
            days.add(new SpeakerTimeline.Day(bucket.keyAsString(), bucket.docCount(), byType));
        }
        List<SpeakerTimeline.Entry> entries = found.stream().map(SpeakerTimeline.Entry::of).toList();
        long total = response.hits().total() == null ? entries.size() : response.hits().total().value();
        return Optional.of(new SpeakerTimeline(speaker, total, entries, days));
    }

    private static List<ClaimDocument> documents(SearchResponse<ClaimDocument> response) {
        return response.hits().hits().stream().map(Hit::source).filter(source -> source != null).toList();
    }

    private static TrackedClaim tracked(ClaimDocument claim) {
        var speaker = claim.speaker();
        SpeakerKind kind = null;
        if (speaker != null && speaker.kind() != null) {
            try {
                kind = SpeakerKind.valueOf(speaker.kind());
            } catch (IllegalArgumentException unknownKind) {
                kind = null;
            }
        }
        return new TrackedClaim(claim.id(), claim.articleId(), claim.text(),
                claim.type() == null ? ClaimType.ASSERTION : ClaimType.valueOf(claim.type()), null,
                speaker == null ? null : speaker.name(), kind, speaker == null ? null : speaker.role(),
                claim.entities(), null, claim.publishedAt(), claim.source(), claim.duplicateOf());
    }
}
