package com.claimwire.search.search;

/** Elasticsearch could not answer a search (down, or indices not created yet); answered with 503. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
