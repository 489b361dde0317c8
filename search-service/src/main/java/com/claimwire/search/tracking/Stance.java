package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimType;

/**
 * Which way a claim leans on its proposition. Assertions, allegations and admissions all hold it true;
 * a denial holds it false; a commitment promises rather than states, so it only ever repeats other commitments.
 */
enum Stance {
    AFFIRMS,
    DENIES,
    PLEDGES;

    static Stance of(ClaimType type) {
        return switch (type) {
            case ASSERTION, ALLEGATION, ADMISSION -> AFFIRMS;
            case DENIAL -> DENIES;
            case COMMITMENT -> PLEDGES;
        };
    }

    /** The stance that contradicts this one, or {@code null} when nothing can contradict it. */
    Stance opposite() {
        return switch (this) {
            case AFFIRMS -> DENIES;
            case DENIES -> AFFIRMS;
            case PLEDGES -> null;
        };
    }

    boolean opposes(Stance other) {
        return other != null && other == opposite();
    }
}
