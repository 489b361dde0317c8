package com.claimwire.ingest.web;

import java.io.IOException;

/**
 * A request body over the size limit. An {@link IOException} so that it can abort reading a streamed body
 * midway; answered with 413.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
