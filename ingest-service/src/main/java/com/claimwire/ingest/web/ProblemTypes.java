package com.claimwire.ingest.web;

import java.net.URI;

/** The problem types ingest answers with (RFC 9457), so clients can tell them apart without parsing text. */
public final class ProblemTypes {

    public static final URI INVALID_ARTICLES = URI.create("urn:claimwire:problem:invalid-articles");
    public static final URI MALFORMED_JSON = URI.create("urn:claimwire:problem:malformed-json");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:claimwire:problem:payload-too-large");
    public static final URI UNAVAILABLE = URI.create("urn:claimwire:problem:unavailable");
    public static final URI FETCH_REFUSED = URI.create("urn:claimwire:problem:fetch-refused");
    public static final URI FETCH_FAILED = URI.create("urn:claimwire:problem:fetch-failed");
    public static final URI NOT_FOUND = URI.create("urn:claimwire:problem:not-found");

    private ProblemTypes() {
    }
}
