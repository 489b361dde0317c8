package com.claimwire.contracts;

/** How a claim relates to the claims seen before it. */
public enum TrackingStatus {
    /** No earlier claim states the same proposition. */
    NEW,
    /** The same proposition was claimed before, by the same or another speaker or outlet. */
    REPEATED,
    /** The same speaker (or government, or organisation) earlier took the opposite stance on it. */
    REVERSAL,
    /** Different speakers hold opposite stances on it. */
    DISPUTED
}
