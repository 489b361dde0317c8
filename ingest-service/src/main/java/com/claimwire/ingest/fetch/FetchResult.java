package com.claimwire.ingest.fetch;

import java.net.URI;

/**
 * A fetched response.
 *
 * @param url where the content was finally found, after redirects
 * @param status HTTP status (200-299, or 304 when {@link #notModified()})
 * @param contentType the Content-Type header, may be {@code null}
 * @param body the decoded body; empty when not modified
 * @param etag the ETag header, for the next conditional request, may be {@code null}
 * @param lastModified the Last-Modified header, for the next conditional request, may be {@code null}
 */
public record FetchResult(URI url, int status, String contentType, byte[] body, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
