package com.claimwire.ingest.parsing;

/** A feed could not be parsed; the message says why in terms a newsroom editor can act on. */
public class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
