package com.claimwire.guard;

import java.net.UnknownHostException;

/**
 * Thrown from name resolution when a host is refused, so the HTTP client never opens a connection to it (on
 * the first request and on every redirect or retry alike). An {@link UnknownHostException}, because that is
 * what HTTP clients let through from their resolver unchanged.
 */
public class RefusedAddressException extends UnknownHostException {

    public RefusedAddressException(String message) {
        super(message);
    }
}
