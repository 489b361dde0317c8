package com.claimwire.ingest.fetch;

import java.net.UnknownHostException;

/**
 * Thrown from name resolution when a host resolves only to refused addresses, so the HTTP client never
 * opens a connection to it (on the first request and on every redirect alike).
 */
class RefusedAddressException extends UnknownHostException {

    RefusedAddressException(String message) {
        super(message);
    }
}
