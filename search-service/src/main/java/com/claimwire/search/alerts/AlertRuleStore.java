package com.claimwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Alert rules in Elasticsearch: the durable copy that the API reads and writes. */
@Component
class AlertRuleStore {

    private final ElasticsearchClient client;
    private final AlertIndices indices;

    AlertRuleStore(ElasticsearchClient client, AlertIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    Optional<RuleDocument> find(String id) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.RULES);
        var found = client.get(g -> g.index(index).id(id), RuleDocument.class);
        return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    }

    List<RuleDocument> list(int from, int size) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.RULES);
        return client.search(s -> s.index(index).from(from).size(size)
                        .sort(sort -> sort.field(f -> f.field("createdAt").order(SortOrder.Desc)))
                        .sort(sort -> sort.field(f -> f.field("id").order(SortOrder.Asc))), RuleDocument.class)
                .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }

    /** Writes {@code rule}, visible to searches when this returns. */
    void save(RuleDocument rule) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.RULES);
        client.index(i -> i.index(index).id(rule.id()).document(rule).refresh(Refresh.WaitFor));
    }

    /** @return {@code false} when there was no such rule */
    boolean delete(String id) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.RULES);
        var deleted = client.delete(d -> d.index(index).id(id).refresh(Refresh.WaitFor));
        return "deleted".equals(deleted.result().jsonValue());
    }

    /** Notes on the rule that it failed while matching a claim. */
    void recordMatchError(String id, String error, Instant at) throws IOException {
        String index = indices.ensure(AlertIndices.Kind.RULES);
        try {
            client.update(u -> u.index(index).id(id).doc(Map.of("matchError", error, "matchErrorAt", at.toString())),
                    Map.class);
        } catch (ElasticsearchException | IOException e) {
            if (ElasticsearchErrors.status(e) != ElasticsearchErrors.NOT_FOUND) {
                throw e;
            }
            // Deleted since it was matched: nothing to note it on.
        }
    }
}
