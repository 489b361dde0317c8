package com.claimwire.search.alerts;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which stored alerts to list; every given filter must hold.
 *
 * @param ruleId raised by this rule
 * @param status triggered by a claim with this tracking status
 * @param speaker triggered by a claim of this speaker (exact name)
 * @param from raised at or after
 * @param to raised before
 */
record AlertFilter(String ruleId, TrackingStatus status, String speaker, Instant from, Instant to) {

    Query query() {
        List<Query> filters = new ArrayList<>();
        if (ruleId != null && !ruleId.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("ruleId").value(ruleId))));
        }
        if (status != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("status").value(status.name()))));
        }
        if (speaker != null && !speaker.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("speaker").value(speaker))));
        }
        if (from != null || to != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("raisedAt");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lt(to.toString());
                }
                return d;
            }))));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }
}
