package com.claimwire.ingest.fetch;

/** The server answered with a status that carries no content for us (4xx, 5xx, or a redirect without Location). */
public class HttpStatusException extends FetchException {

    private final int status;

    HttpStatusException(int status, String message) {
        super(Reason.HTTP_STATUS, message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
