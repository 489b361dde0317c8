package com.claimwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.claimwire.contracts.AlertRaised;
import com.claimwire.contracts.ClaimTracked;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Alerts in Elasticsearch. One document per rule, cluster and window, whose id is derived from them: a claim
 * matching again, or delivered again, updates the same document, guarded by optimistic concurrency so that
 * instances matching claims of one cluster at once never lose a count.
 */
@Component
class AlertStore {

    private static final int MAX_CONFLICTS = 20;

    private final ElasticsearchClient client;
    private final AlertIndices indices;
    private final AlertWindow window;

    AlertStore(ElasticsearchClient client, AlertIndices indices, AlertWindow window) {
        this.client = client;
        this.indices = indices;
        this.window = window;
    }

    /**
     * Records that {@code claim} matched {@code rule}.
     *
     * @return the alert to publish: a new one, or the same one again when its trigger was re-delivered; empty when
     *     the match only counts on an existing alert or was counted already
     */
    Optional<AlertRaised> record(AlertRule rule, ClaimTracked claim, Instant now) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.ALERTS);
        Instant windowStart = window.startOf(claimedAt(claim, now));
        String alertId = AlertWindow.alertId(rule.id(), claim.clusterId(), windowStart);
        String claimId = claim.extracted().claim().id();
        for (int attempt = 1; ; attempt++) {
            var stored = client.get(g -> g.index(index).id(alertId), AlertDocument.class);
            AlertDocument existing = stored.found() ? stored.source() : null;
            var decision = AlertLedger.decide(existing == null ? null : existing.ledger(), claimId);
            try {
                switch (decision.outcome()) {
                    case RAISE -> {
                        AlertRaised alert = new AlertRaised(AlertRaised.SCHEMA_VERSION, alertId, rule.id(), rule.name(),
                                windowStart, now, claim);
                        AlertDocument document = AlertDocument.of(alert, claim.clusterId(), decision.ledger(), now);
                        client.create(c -> c.index(index).id(alertId).document(document));
                        return Optional.of(alert);
                    }
                    case REPUBLISH -> {
                        return Optional.of(existing.event());
                    }
                    case COUNT -> {
                        AlertDocument counted = existing.counted(decision.ledger(), now);
                        client.index(i -> i.index(index).id(alertId).document(counted)
                                .ifSeqNo(stored.seqNo()).ifPrimaryTerm(stored.primaryTerm()));
                        return Optional.empty();
                    }
                    case DUPLICATE -> {
                        return Optional.empty();
                    }
                }
            } catch (ElasticsearchException | IOException e) {
                if (ElasticsearchErrors.status(e) != ElasticsearchErrors.CONFLICT || attempt == MAX_CONFLICTS) {
                    throw e;
                }
            }
        }
    }

    /** A rule that a claim matched. */
    record Match(AlertRule rule, ClaimTracked claim) {
    }

    /**
     * Records {@code matches} (of a batch of claims, in claim order) as {@link #record} would one by one, with one read
     * of all their alerts and one bulk write, instead of a read and a write per match: a claim that matches hundreds of
     * rules costs two requests, not hundreds. An alert that another instance changed meanwhile (a version conflict)
     * is recorded again one match at a time, from what is stored then.
     *
     * @return the alerts to publish, in the order of the matches that raised them
     */
    List<AlertRaised> recordAll(List<Match> matches, Instant now) throws IOException {
        if (matches.isEmpty()) {
            return List.of();
        }
        String index = indices.ensure(AlertIndices.Kind.ALERTS);
        Map<String, List<Integer>> matchesByAlert = new LinkedHashMap<>();
        List<Instant> windowStarts = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            Instant windowStart = window.startOf(claimedAt(match.claim(), now));
            windowStarts.add(windowStart);
            matchesByAlert.computeIfAbsent(AlertWindow.alertId(match.rule().id(), match.claim().clusterId(), windowStart),
                    id -> new ArrayList<>()).add(i);
        }
        List<String> alertIds = List.copyOf(matchesByAlert.keySet());
        var stored = client.mget(m -> m.index(index).ids(alertIds), AlertDocument.class).docs();

        AlertRaised[] published = new AlertRaised[matches.size()];
        List<BulkOperation> writes = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int a = 0; a < alertIds.size(); a++) {
            String alertId = alertIds.get(a);
            var read = stored.get(a).isResult() ? stored.get(a).result() : null;
            if (read == null) {
                throw new IOException("alert " + alertId + " could not be read: " + stored.get(a).failure().error().reason());
            }
            AlertDocument existing = read.found() ? read.source() : null;
            AlertDocument next = existing;
            for (int i : matchesByAlert.get(alertId)) {
                Match match = matches.get(i);
                var decision = AlertLedger.decide(next == null ? null : next.ledger(), match.claim().extracted().claim().id());
                switch (decision.outcome()) {
                    case RAISE -> {
                        AlertRaised alert = new AlertRaised(AlertRaised.SCHEMA_VERSION, alertId, match.rule().id(),
                                match.rule().name(), windowStarts.get(i), now, match.claim());
                        next = AlertDocument.of(alert, match.claim().clusterId(), decision.ledger(), now);
                        published[i] = alert;
                    }
                    case REPUBLISH -> published[i] = next.event();
                    case COUNT -> next = next.counted(decision.ledger(), now);
                    case DUPLICATE -> {
                    }
                }
            }
            AlertDocument document = next;
            if (existing == null && document != null) {
                writes.add(BulkOperation.of(o -> o.create(c -> c.index(index).id(alertId).document(document))));
                written.add(alertId);
            } else if (existing != null && document != existing) {
                writes.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(alertId).document(document)
                        .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()))));
                written.add(alertId);
            }
        }
        if (!writes.isEmpty()) {
            var items = client.bulk(b -> b.operations(writes)).items();
            for (int w = 0; w < items.size(); w++) {
                var item = items.get(w);
                if (item.error() == null) {
                    continue;
                }
                if (item.status() != ElasticsearchErrors.CONFLICT) {
                    throw new IOException("alert " + written.get(w) + " could not be stored: " + item.error().reason());
                }
                for (int i : matchesByAlert.get(written.get(w))) {
                    published[i] = record(matches.get(i).rule(), matches.get(i).claim(), now).orElse(null);
                }
            }
        }
        List<AlertRaised> toPublish = new ArrayList<>();
        for (AlertRaised alert : published) {
            if (alert != null) {
                toPublish.add(alert);
            }
        }
        return toPublish;
    }

    private static Instant claimedAt(ClaimTracked claim, Instant now) {
        return claim.claimedAt() != null ? claim.claimedAt() : now;
    }

    /**
     * Stored alerts, newest first.
     *
     * @param filter which alerts
     * @param size at most this many
     */
    List<AlertDocument> search(AlertFilter filter, int size) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.ALERTS);
        return client.search(s -> s.index(index).size(size).query(filter.query())
                        .sort(sort -> sort.field(f -> f.field("raisedAt").order(SortOrder.Desc)))
                        .sort(sort -> sort.field(f -> f.field("alertId").order(SortOrder.Asc))), AlertDocument.class)
                .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }

    /**
     * The alerts raised after alert {@code lastEventId}, oldest first, for a stream client resuming; empty when that
     * alert is unknown.
     */
    List<AlertRaised> after(String lastEventId, String ruleId, int limit) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.ALERTS);
        var last = client.get(g -> g.index(index).id(lastEventId), AlertDocument.class);
        if (!last.found() || last.source() == null) {
            return List.of();
        }
        Instant raisedAt = last.source().raisedAt();
        List<Query> filters = new ArrayList<>();
        if (ruleId != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("ruleId").value(ruleId))));
        }
        return client.search(s -> s.index(index).size(limit)
                        .query(q -> q.bool(b -> b.filter(filters)))
                        .sort(sort -> sort.field(f -> f.field("raisedAt").order(SortOrder.Asc)))
                        .sort(sort -> sort.field(f -> f.field("alertId").order(SortOrder.Asc)))
                        .searchAfter(FieldValue.of(raisedAt.toEpochMilli()), FieldValue.of(lastEventId)),
                        AlertDocument.class)
                .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).map(AlertDocument::event).toList();
    }
}
