package com.claimwire.ingest.articles;

/** Ingest cannot take articles right now (Kafka unreachable or still warming up); the caller should retry. */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String message) {
        super(message);
    }
}
