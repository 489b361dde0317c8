package com.claimwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The webhook delivery log in Elasticsearch, written with optimistic concurrency so that instances never race. */
@Component
class DeliveryStore {

    private final ElasticsearchClient client;
    private final AlertIndices indices;

    DeliveryStore(ElasticsearchClient client, AlertIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** A delivery with the version it was read at. */
    record Versioned(DeliveryDocument delivery, long seqNo, long primaryTerm) {
    }

    /** @return {@code false} when a delivery of that alert exists already */
    boolean createIfAbsent(DeliveryDocument delivery) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.DELIVERIES);
        try {
            client.create(c -> c.index(index).id(delivery.alertId()).document(delivery));
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (ElasticsearchErrors.status(e) == ElasticsearchErrors.CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    Optional<Versioned> find(String alertId) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.DELIVERIES);
        var found = client.get(g -> g.index(index).id(alertId), DeliveryDocument.class);
        if (!found.found() || found.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned(found.source(), found.seqNo(), found.primaryTerm()));
    }

    /** @return {@code false} when the delivery changed since it was read (another instance got there first) */
    boolean replace(Versioned read, DeliveryDocument next) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.DELIVERIES);
        try {
            client.index(i -> i.index(index).id(next.alertId()).document(next)
                    .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()));
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (ElasticsearchErrors.status(e) == ElasticsearchErrors.CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    /** Deliveries of {@code ruleId} (all rules when {@code null}) in {@code state} (any when {@code null}), newest first. */
    List<DeliveryDocument> list(String ruleId, DeliveryState state, int size) throws IOException {
        return ids(filters(ruleId, state, null), size, SortOrder.Desc);
    }

    /** Pending deliveries due by {@code now}, oldest first. */
    List<DeliveryDocument> due(Instant now, int size) throws IOException {
        return ids(filters(null, DeliveryState.PENDING, now), size, SortOrder.Asc);
    }

    private List<Query> filters(String ruleId, DeliveryState state, Instant dueBy) {
        List<Query> filters = new ArrayList<>();
        if (ruleId != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("ruleId").value(ruleId))));
        }
        if (state != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("state").value(state.name()))));
        }
        if (dueBy != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("nextAttemptAt").lte(dueBy.toString())))));
        }
        return filters;
    }

    private List<DeliveryDocument> ids(List<Query> filters, int size, SortOrder order) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.DELIVERIES);
        return client.search(s -> s.index(index).size(size).query(q -> q.bool(b -> b.filter(filters)))
                        .sort(sort -> sort.field(f -> f.field("createdAt").order(order))), DeliveryDocument.class)
                .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }
}
