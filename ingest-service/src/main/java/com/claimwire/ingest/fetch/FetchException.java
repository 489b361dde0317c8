package com.claimwire.ingest.fetch;

import java.io.IOException;

/** A fetch that did not yield a usable response, with the reason in words and as a {@link Reason}. */
public class FetchException extends IOException {

    /** Why a fetch failed; decides how the API answers and whether polling backs off. */
    public enum Reason {
        /** Not an http(s) URL. */
        INVALID_URL,
        /** The host resolves to an address ingest must not connect to. */
        REFUSED_ADDRESS,
        /** robots.txt disallows the URL for our user agent. */
        ROBOTS_DISALLOWED,
        TOO_MANY_REDIRECTS,
        TIMEOUT,
        TOO_LARGE,
        /** The server answered with an error status. */
        HTTP_STATUS,
        /** Connection or protocol failure. */
        NETWORK
    }

    private final Reason reason;

    public FetchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FetchException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
