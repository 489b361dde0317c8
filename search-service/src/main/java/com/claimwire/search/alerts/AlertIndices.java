package com.claimwire.search.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.claimwire.search.config.SearchProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The Elasticsearch indices of alerting, created from their mapping resources on first use. */
@Component
class AlertIndices {

    /** An index of alerting: its name suffix and mapping resource. */
    enum Kind {
        RULES("alert-rules", "elasticsearch/alert-rules.json"),
        ALERTS("alerts", "elasticsearch/alerts.json"),
        DELIVERIES("alert-deliveries", "elasticsearch/alerts-deliveries.json");

        private final String suffix;
        private final String mapping;

        Kind(String suffix, String mapping) {
            this.suffix = suffix;
            this.mapping = mapping;
        }
    }

    private final ElasticsearchClient client;
    private final String prefix;
    private final int replicas;
    private final Set<Kind> ready = ConcurrentHashMap.newKeySet();

    AlertIndices(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.prefix = properties.indexPrefix();
        this.replicas = properties.indexReplicas();
    }

    /** The name of {@code kind}'s index, created if missing. */
    String ensure(Kind kind) throws IOException {
        String name = prefix + "-" + kind.suffix;
        if (ready.contains(kind)) {
            return name;
        }
        if (!client.indices().exists(e -> e.index(name)).value()) {
            try (InputStream mapping = AlertIndices.class.getClassLoader().getResourceAsStream(kind.mapping)) {
                if (mapping == null) {
                    throw new IllegalStateException("mapping resource " + kind.mapping + " is missing");
                }
                client.indices().create(c -> c.index(name)
                        .settings(s -> s.numberOfShards("1").numberOfReplicas(Integer.toString(replicas)))
                        .mappings(m -> m.withJson(mapping)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        ready.add(kind);
        return name;
    }
}
