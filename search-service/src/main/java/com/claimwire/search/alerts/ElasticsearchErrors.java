package com.claimwire.search.alerts;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

/**
 * The HTTP status of a failed Elasticsearch call. The client reports refusals in several shapes depending on the
 * endpoint and the answer's body: an {@link ElasticsearchException}, or an I/O exception wrapping the low-level
 * client's {@link ResponseException} (a version conflict on {@code _create} arrives that way).
 */
public final class ElasticsearchErrors {

    static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;

    private ElasticsearchErrors() {
    }

    /** The status of {@code failure} or of one of its causes, or 0 when none carries one (no answer at all). */
    public static int status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ElasticsearchException refused) {
                return refused.status();
            }
            if (cause instanceof ResponseException response) {
                return response.getResponse().getStatusLine().getStatusCode();
            }
            if (cause instanceof TransportException transport && transport.statusCode() > 0) {
                return transport.statusCode();
            }
        }
        return 0;
    }
}
