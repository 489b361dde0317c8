package com.claimwire.contracts;

/** The stance a speaker takes in a claim. */
public enum ClaimType {
    /** States something as fact. */
    ASSERTION,
    /** Rejects a claim or says it is false. */
    DENIAL,
    /** Accuses, or asserts something unproven about another party. */
    ALLEGATION,
    /** Concedes or confirms something against the speaker's side or previously denied. */
    ADMISSION,
    /** Promises, pledges or offers, possibly on a condition. */
    COMMITMENT
}
