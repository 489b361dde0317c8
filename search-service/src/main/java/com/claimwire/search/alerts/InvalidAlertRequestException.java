package com.claimwire.search.alerts;

/** A request parameter of the alerting API that is out of range. */
class InvalidAlertRequestException extends RuntimeException {

    InvalidAlertRequestException(String message) {
        super(message);
    }
}
