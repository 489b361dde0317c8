package com.claimwire.ingest.fetch;

/** A page was fetched but holds no article to take in (not HTML, no text found). */
public class UnusablePageException extends Exception {

    public UnusablePageException(String message) {
        super(message);
    }
}
