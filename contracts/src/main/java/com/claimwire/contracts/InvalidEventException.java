package com.claimwire.contracts;

/**
 * A record that can never be processed as it is (not JSON, wrong shape, unknown schema version, failed
 * validation). Consumers send it to the dead-letter topic with {@link #getMessage()} as the reason, never retry it.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String reason) {
        super(reason);
    }

    public InvalidEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
