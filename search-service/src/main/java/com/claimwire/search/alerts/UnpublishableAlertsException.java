package com.claimwire.search.alerts;

/**
 * The alerts a tracked claim raised can never be published (too large, refused by the broker): its record goes to the
 * dead-letter topic with this reason instead of stalling its partition. The alerts are stored, so replaying the dead
 * letter once the cause is fixed publishes them without raising them twice.
 */
final class UnpublishableAlertsException extends RuntimeException {

    UnpublishableAlertsException(String message) {
        super(message);
    }
}
