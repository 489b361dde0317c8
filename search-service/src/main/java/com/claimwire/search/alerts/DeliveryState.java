package com.claimwire.search.alerts;

/** Where a webhook delivery stands. */
enum DeliveryState {
    /** Waiting for its next attempt. */
    PENDING,
    /** The receiver accepted it. */
    DELIVERED,
    /** Every attempt failed; kept until replayed. */
    DEAD_LETTER
}
