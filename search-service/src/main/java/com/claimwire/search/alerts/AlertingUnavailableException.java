package com.claimwire.search.alerts;

/** Elasticsearch or Kafka could not be reached for an alerting request; the request may be repeated. */
class AlertingUnavailableException extends RuntimeException {

    AlertingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
