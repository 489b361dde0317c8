package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * An index created the first time it is needed. Several instances may start at once: one creating it while another
 * checks is not an error, and its primary may still be starting when the other goes on, so both wait for it.
 */
final class IndexOnce {

    private final ElasticsearchClient client;
    private final String index;
    private final UnaryOperator<CreateIndexRequest.Builder> definition;
    private volatile boolean ready;

    /** @param definition settings and mappings of the index, applied to a request already naming it */
    IndexOnce(ElasticsearchClient client, String index, UnaryOperator<CreateIndexRequest.Builder> definition) {
        this.client = client;
        this.index = index;
        this.definition = definition;
    }

    String name() {
        return index;
    }

    /** Creates the index when it is missing and waits until it can take requests. Cheap once done. */
    void ensure() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            if (!client.indices().exists(e -> e.index(index)).value()) {
                try {
                    client.indices().create(c -> definition.apply(c.index(index)));
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            if (client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Yellow)).timedOut()) {
                throw new IOException("index " + index + " is not ready yet");
            }
            ready = true;
        }
    }
}
