package com.claimwire.search.search;

/** A search request parameter that cannot be served; answered with 400 problem details naming it. */
public class InvalidSearchRequestException extends RuntimeException {

    private final String parameter;

    public InvalidSearchRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The offending request parameter. */
    public String parameter() {
        return parameter;
    }
}
